#pragma once

#include <QList>
#include <QString>

#include <expected>

namespace nightshift {

// An error a person can act on: what is wrong and, when it comes from a file, where.
struct Error
{
    QString message;
    QString source; // file name or other origin; empty when not applicable
    qint64 line = 0; // 1-based; 0 when unknown
    qint64 column = 0;

    static Error at(QString message, qint64 line, qint64 column) { return {std::move(message), {}, line, column}; }

    // "file:line:column: message", omitting the parts that are unknown.
    QString toString() const;
};

using Errors = QList<Error>;

template<typename T>
using Result = std::expected<T, Error>;

// Convenience for returning failures: `return fail(tr("..."))`.
inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected(Error{std::move(message), {}, 0, 0});
}

QString joined(const Errors &errors); // one error per line

} // namespace nightshift
