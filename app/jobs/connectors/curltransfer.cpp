#include "curltransfer.h"

#include <QCoreApplication>

#include <mutex>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CurlTransfer)
};

// curl_global_init is not guaranteed thread-safe: the first transfer of the process does it, once.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

CurlTransfer::CurlTransfer(const std::atomic<bool> *cancelled) : m_cancelled(cancelled)
{
    initialiseCurl();
    m_curl = curl_easy_init();
    if (!m_curl)
        return;
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_error);
    setTimeouts(30, 300);
}

CurlTransfer::~CurlTransfer()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

void CurlTransfer::setTimeouts(int connectSeconds, int totalSeconds)
{
    if (!m_curl)
        return;
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(connectSeconds));
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT, long(totalSeconds));
}

bool CurlTransfer::isCancelled() const
{
    return m_cancelled && m_cancelled->load(std::memory_order_relaxed);
}

Status CurlTransfer::perform(const QString &what)
{
    if (!m_curl)
        return fail(Text::tr("%1 failed: libcurl could not create a transfer").arg(what));
    if (isCancelled())
        return fail(Text::tr("cancelled while %1").arg(what));
    m_error[0] = '\0';
    // The multi interface, polled every 200 ms, rather than curl_easy_perform: libcurl does not call its progress
    // callback while it waits for a server's reply (an SMTP server taking its time over the message), and a
    // cancellation must not wait for that.
    CURLM *multi = curl_multi_init();
    if (!multi)
        return fail(Text::tr("%1 failed: libcurl could not create a transfer").arg(what));
    curl_multi_add_handle(multi, m_curl);
    int running = 1;
    bool cancelled = false;
    CURLMcode multiCode = CURLM_OK;
    while (running > 0 && multiCode == CURLM_OK) {
        multiCode = curl_multi_perform(multi, &running);
        if (running == 0 || multiCode != CURLM_OK)
            break;
        if (isCancelled()) {
            cancelled = true;
            break;
        }
        multiCode = curl_multi_poll(multi, nullptr, 0, 200, nullptr);
    }
    CURLcode code = CURLE_OK;
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &left))
        if (message->msg == CURLMSG_DONE)
            code = message->data.result;
    curl_multi_remove_handle(multi, m_curl); // a transfer still under way is cut off here
    curl_multi_cleanup(multi);
    if (cancelled)
        return fail(Text::tr("cancelled while %1").arg(what));
    if (multiCode != CURLM_OK)
        return fail(Text::tr("%1 failed: %2").arg(what, QString::fromUtf8(curl_multi_strerror(multiCode))));
    if (code == CURLE_OK)
        return {};
    // The error buffer has the details (which host, which SMTP reply); the code's text says what kind.
    const QString detail = QString::fromUtf8(m_error).trimmed();
    const QString kind = QString::fromUtf8(curl_easy_strerror(code));
    return fail(Text::tr("%1 failed: %2").arg(what, detail.isEmpty() ? kind : kind + u": "_s + detail));
}

} // namespace nightshift
