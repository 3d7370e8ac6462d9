#include "passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PasswordHasher)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString PasswordHasher::weakness(const QString &password)
{
    const qsizetype length = password.toUcs4().size(); // characters, not UTF-16 units
    if (length < MinimumLength)
        return Text::tr("the password must have at least %1 characters").arg(MinimumLength);
    if (length > MaximumLength)
        return Text::tr("the password must have at most %1 characters").arg(MaximumLength);
    return {};
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (const QString why = weakness(password); !why.isEmpty())
        return fail(why);
    if (!sodiumReady())
        return fail(Text::tr("the cryptography library could not start"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return fail(Text::tr("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &hash)
{
    if (!sodiumReady() || password.size() > 2 * MaximumLength) // UTF-16 units: two per character at most
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

} // namespace nightshift
