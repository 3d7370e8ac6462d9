#include "smtpclient.h"

#include "curltransfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::SmtpClient)
};

// A header value: ASCII as it is, anything else as RFC 2047 encoded words of at most 45 bytes of UTF-8 each.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Keep surrogate pairs together so each word is valid UTF-8 on its own.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join(' ');
}

// The text part with CRLF line ends, as SMTP wants them.
QByteArray crlfText(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    return normalised.toUtf8().replace('\n', "\r\n");
}

QString hostAndPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"smtps"_s ? 465 : 25;
    return u"%1:%2"_s.arg(url.host()).arg(url.port(defaultPort));
}

} // namespace

bool isMailAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>()\",;:\\\\\\[\\]]+@[^@\\s<>()\",;:\\\\\\[\\]]+\\.[^@\\s<>()\",;:\\\\\\[\\]]+$"_s);
    return pattern.match(address).hasMatch();
}

Status sendMail(const SmtpServer &server, const MailMessage &message, const std::atomic<bool> *cancelled)
{
    const QString scheme = server.url.scheme();
    if (!server.url.isValid() || server.url.host().isEmpty() || (scheme != u"smtp"_s && scheme != u"smtps"_s))
        return fail(Text::tr("\"%1\" is not an smtp:// or smtps:// server address")
                        .arg(server.url.toDisplayString(QUrl::RemoveUserInfo)));
    for (const QString &address : {message.from, message.to})
        if (!isMailAddress(address))
            return fail(Text::tr("\"%1\" is not a mail address").arg(address));
    const QString what = Text::tr("sending mail to %1 through %2").arg(message.to, hostAndPort(server.url));

    CurlTransfer transfer(cancelled);
    CURL *curl = transfer.handle();
    QUrl url = server.url;
    url.setUserInfo({});
    url.setPath({});
    const QByteArray urlText = url.toEncoded();
    const QByteArray from = "<" + message.from.toUtf8() + ">";
    const QByteArray login = server.login.toUtf8();
    const QByteArray password = server.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, ("<" + message.to.toUtf8() + ">").constData());
    curl_slist *headers = nullptr;
    const QByteArrayList headerLines{
        "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1(),
        "From: " + message.from.toUtf8(),
        "To: " + message.to.toUtf8(),
        "Subject: " + headerText(message.subject),
        "Message-ID: " + headerText(message.messageId),
    };
    for (const QByteArray &line : headerLines)
        headers = curl_slist_append(headers, line.constData());

    curl_mime *mime = curl ? curl_mime_init(curl) : nullptr;
    const QByteArray body = crlfText(message.text);
    if (curl && mime) {
        curl_mimepart *text = curl_mime_addpart(mime);
        curl_mime_data(text, body.constData(), size_t(body.size()));
        curl_mime_type(text, "text/plain; charset=utf-8");
        curl_mime_encoder(text, "quoted-printable");
        for (const MailAttachment &attachment : message.attachments) {
            curl_mimepart *part = curl_mime_addpart(mime);
            curl_mime_data(part, attachment.data.constData(), size_t(attachment.data.size())); // copied
            curl_mime_type(part, attachment.contentType.constData());
            curl_mime_filename(part, attachment.fileName.toUtf8().constData());
            curl_mime_encoder(part, "base64");
        }
        curl_easy_setopt(curl, CURLOPT_URL, urlText.constData());
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
        switch (server.security) {
        case SmtpSecurity::Opportunistic: // never a password in plain text
            curl_easy_setopt(curl, CURLOPT_USE_SSL, long(server.login.isEmpty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
            break;
        case SmtpSecurity::StartTls:
        case SmtpSecurity::Implicit:
            curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
            break;
        case SmtpSecurity::None:
            curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_NONE));
            break;
        }
        if (!server.login.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_USERNAME, login.constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        }
        transfer.setTimeouts(qMin(server.timeoutSeconds, 30), server.timeoutSeconds);
    }
    const Status sent = transfer.perform(what);
    curl_mime_free(mime);
    curl_slist_free_all(headers);
    curl_slist_free_all(recipients);
    return sent;
}

} // namespace nightshift
