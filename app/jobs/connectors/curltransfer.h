#pragma once

#include "store/sqlsupport.h"

#include <QString>

#include <curl/curl.h>

#include <atomic>

namespace nightshift {

// One libcurl easy handle for one transfer, set up the way every connector of Nightshift wants it: no signals
// (jobs run on pool threads), connect and total timeouts, and an abort within 200 ms of the job's cancellation,
// also while a silent server is awaited. Only the connectors' .cpp files include this header, so libcurl stays
// out of the rest of the code.
class CurlTransfer
{
public:
    explicit CurlTransfer(const std::atomic<bool> *cancelled);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    CURL *handle() const { return m_curl; }
    void setTimeouts(int connectSeconds, int totalSeconds);

    // Runs the transfer. `what` says what was being done ("sending mail through smtp://host:25"): a failure reads
    // "<what> failed: <libcurl's reason>", a cancellation "cancelled while <what>".
    Status perform(const QString &what);

private:
    bool isCancelled() const;

    CURL *m_curl = nullptr;
    const std::atomic<bool> *m_cancelled = nullptr;
    char m_error[CURL_ERROR_SIZE] = {};
};

} // namespace nightshift
