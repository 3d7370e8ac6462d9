#pragma once

#include <QFrame>

class QLabel;

namespace nightshift {

// An error shown inline above the screens, instead of a modal box: what went wrong, in words a person can act
// on. It stays until dismissed or until the next successful load.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &message); // an empty message hides the bar
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace nightshift
