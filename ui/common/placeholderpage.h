#pragma once

#include <QFrame>

class QLabel;

namespace nightshift {

// A page with nothing to list: a folder whose screen does not exist yet, or no instance loaded (yet).
class PlaceholderPage : public QFrame
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    void showFolder(const QIcon &icon, const QString &name); // says that its screen is still to come
    void showMessage(const QIcon &icon, const QString &title, const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace nightshift
