#pragma once

#include "core/rights.h"
#include "store/instance.h"

#include <memory>

namespace nightshift {

// One try at logging in, run on a worker thread (it opens the instance and hashes the password, which takes
// a noticeable time): the instance, once opened, and who logged in, or a sentence for the login window.
struct LoginAttempt
{
    std::shared_ptr<Instance> instance; // null when the instance could not be opened
    Result<Principal> principal;

    // Opens `location` unless `opened` is given (an earlier attempt's), then checks the password with the
    // Authenticator, which audits the attempt. Never throws.
    static LoginAttempt run(const InstanceLocation &location, const QString &login, const QString &password,
                            std::shared_ptr<Instance> opened);
};

} // namespace nightshift
