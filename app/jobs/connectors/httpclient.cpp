#include "httpclient.h"

#include "curltransfer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::HttpClient)
};

struct Received
{
    QByteArray body;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    QByteArray statusLine; // of the last answer, after redirects
    QByteArray etag;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *received = static_cast<Received *>(user);
    const qint64 bytes = qint64(size * count);
    if (received->body.size() + bytes > received->maxBytes) {
        received->tooLarge = true;
        return 0; // libcurl stops with a write error
    }
    received->body.append(data, bytes);
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *received = static_cast<Received *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) { // a new answer (after a redirect): forget the previous one's headers
        received->statusLine = line;
        received->etag.clear();
    } else if (line.toLower().startsWith("etag:")) {
        received->etag = line.mid(5).trimmed();
    }
    return size * count;
}

// "HTTP/1.1 500 Internal Server Error" → "500 Internal Server Error"
QString statusText(const QByteArray &statusLine, long status)
{
    const qsizetype space = statusLine.indexOf(' ');
    return space > 0 ? QString::fromLatin1(statusLine.mid(space + 1)) : QString::number(status);
}

} // namespace

Result<HttpResponse> httpGet(const HttpRequest &request, const std::atomic<bool> *cancelled)
{
    const QString shown = request.url.toDisplayString(QUrl::RemoveUserInfo);
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s))
        return fail(Text::tr("\"%1\" is not an http or https URL").arg(shown));

    CurlTransfer transfer(cancelled);
    CURL *curl = transfer.handle();
    Received received;
    received.maxBytes = request.maxBytes;
    const QByteArray url = request.url.toEncoded();
    const QByteArray login = request.login.toUtf8();
    const QByteArray password = request.password.toUtf8();
    curl_slist *headers = nullptr;
    if (!request.ifNoneMatch.isEmpty())
        headers = curl_slist_append(headers, ("If-None-Match: " + request.ifNoneMatch.toUtf8()).constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    if (curl) {
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "Nightshift");
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &received);
        if (!request.login.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_USERNAME, login.constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        }
        transfer.setTimeouts(qMin(request.timeoutSeconds, 30), request.timeoutSeconds);
    }
    const Status done = transfer.perform(Text::tr("GET %1").arg(shown));
    curl_slist_free_all(headers);
    if (received.tooLarge)
        return fail(Text::tr("GET %1: the answer is larger than %2 bytes; refused")
                        .arg(shown)
                        .arg(request.maxBytes));
    if (!done)
        return std::unexpected(done.error());

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status != 304 && (status < 200 || status > 299))
        return fail(Text::tr("GET %1 answered HTTP %2").arg(shown, statusText(received.statusLine, status)));
    return HttpResponse{.status = int(status), .body = received.body, .etag = QString::fromUtf8(received.etag)};
}

} // namespace nightshift
