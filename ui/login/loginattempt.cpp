#include "loginattempt.h"

#include "security/authenticator.h"

#include <QCoreApplication>

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::LoginAttempt)
};

} // namespace

LoginAttempt LoginAttempt::run(const InstanceLocation &location, const QString &login, const QString &password,
                               std::shared_ptr<Instance> opened)
{
    try { // nothing may leave a worker's run function
        std::shared_ptr<Instance> instance = std::move(opened);
        if (!instance) {
            auto open = Instance::open(location, Instance::OpenMode::MustExist);
            if (!open)
                return {nullptr, fail(Text::tr("Cannot open the instance: %1").arg(open.error().message))};
            instance = *open;
        }
        auto who = Authenticator(*instance).login(login, password);
        if (!who)
            return {instance, fail(Text::tr("Login refused: %1").arg(who.error().message))};
        return {instance, *who};
    } catch (const std::exception &e) {
        return {nullptr, fail(Text::tr("Unexpected error while logging in: %1").arg(QString::fromLocal8Bit(e.what())))};
    }
}

} // namespace nightshift
