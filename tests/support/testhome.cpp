#include "testhome.h"

using namespace Qt::StringLiterals;

namespace nightshift::testing {

bool useTemporaryHome(const QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(u".config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u".local/share"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(u".cache"_s).toUtf8());
    return true;
}

} // namespace nightshift::testing
