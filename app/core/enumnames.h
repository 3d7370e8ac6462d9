#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace nightshift {

// The names an enum's values have in files, the database and the command line, and optionally an
// English label (marked with QT_TRANSLATE_NOOP where it is declared). One table per enum, in one place.
template<typename Enum>
class EnumNames
{
public:
    struct Entry
    {
        Enum value;
        QString name;
        const char *label = nullptr;
    };

    EnumNames(std::initializer_list<Entry> entries) : m_entries(entries) { }

    QString name(Enum value) const { return find(value).name; }
    const char *label(Enum value) const { return find(value).label; }
    std::optional<Enum> fromName(QStringView name) const
    {
        for (const Entry &e : m_entries)
            if (e.name == name)
                return e.value;
        return std::nullopt;
    }
    QList<Enum> values() const
    {
        QList<Enum> all;
        for (const Entry &e : m_entries)
            all << e.value;
        return all;
    }
    const QList<Entry> &entries() const { return m_entries; }

private:
    const Entry &find(Enum value) const
    {
        for (const Entry &e : m_entries)
            if (e.value == value)
                return e;
        Q_ASSERT_X(false, "EnumNames", "every value has an entry");
        return m_entries.first();
    }

    QList<Entry> m_entries;
};

} // namespace nightshift
