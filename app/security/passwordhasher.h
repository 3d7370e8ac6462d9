#pragma once

#include "core/error.h"

#include <QString>

namespace nightshift {

// Passwords are kept only as argon2id hashes (libsodium's crypto_pwhash_str: salted, memory-hard, with the
// parameters encoded in the hash so they can be raised later). Checks run in constant time.
class PasswordHasher
{
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 1024;

    static Result<QString> hash(const QString &password);
    static bool verify(const QString &password, const QString &hash);
    // Why a password is not acceptable, or an empty string.
    static QString weakness(const QString &password);
};

} // namespace nightshift
