#pragma once

#include "palettemodel.h"

#include <QDialog>

class QLineEdit;
class QListView;

namespace nightshift {

// Ctrl+K: one line to type in, the matching actions and workflows below, best first; Up/Down (and Page
// Up/Down) move, Enter runs the action or opens the workflow, Escape closes. Keyboard only, no mouse needed.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    void setEntries(const QList<PaletteModel::Entry> &entries);
    void popup(); // empty, at the top of its window, with the keyboard in the line

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    PaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void workflowChosen(qint64 workflowId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCurrent();
    void selectFirstEnabled();

    PaletteModel *m_model;
    QLineEdit *m_input;
    QListView *m_list;
};

} // namespace nightshift
