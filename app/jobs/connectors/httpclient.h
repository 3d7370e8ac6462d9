#pragma once

#include "store/sqlsupport.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>

namespace nightshift {

struct HttpRequest
{
    QUrl url; // http or https; certificates are verified
    QString ifNoneMatch; // an ETag from an earlier answer: the server may then answer 304 (unchanged)
    QString login; // basic authentication when not empty
    QString password;
    int timeoutSeconds = 60; // the whole transfer
    qint64 maxBytes = 32 * 1024 * 1024; // a larger answer is refused rather than held in memory
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QString etag;
    bool notModified() const { return status == 304; }
};

// A GET through libcurl (redirects followed, http and https only). Answers other than 2xx and 304 are errors
// naming the URL and the status; so are a timeout, a refused connection and a cancellation (`cancelled` is
// polled during the transfer).
Result<HttpResponse> httpGet(const HttpRequest &request, const std::atomic<bool> *cancelled);

} // namespace nightshift
