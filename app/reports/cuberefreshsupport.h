#pragma once

#include "core/error.h"

#include <QCoreApplication>

// What the two halves of CubeRefresher (cuberefresh.cpp, cubeincremental.cpp) share.
namespace nightshift::reports::refresh {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeRefresher)
};

// A failed result's error, passed on as another result's.
template<typename T>
std::unexpected<Error> failure(const Result<T> &result)
{
    return std::unexpected(result.error());
}

} // namespace nightshift::reports::refresh
