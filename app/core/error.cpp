#include "error.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace nightshift {

QString Error::toString() const
{
    QString where = source;
    if (line > 0) {
        where += (where.isEmpty() ? u""_s : u":"_s) + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where.isEmpty() ? message : where + u": "_s + message;
}

QString joined(const Errors &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const Error &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace nightshift
