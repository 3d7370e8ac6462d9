#pragma once

#include "store/sqlsupport.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <atomic>

namespace nightshift {

// How the connection to the SMTP server is protected.
enum class SmtpSecurity {
    Opportunistic, // STARTTLS when the server offers it, else plain (only without a login)
    StartTls, // STARTTLS required: a server that does not offer it is an error
    Implicit, // TLS from the first byte (smtps://, usually port 465)
    None, // plain text, never STARTTLS
};

struct SmtpServer
{
    QUrl url; // smtp://host:port or smtps://host:port
    QString login; // authentication when not empty
    QString password;
    SmtpSecurity security = SmtpSecurity::Opportunistic;
    int timeoutSeconds = 120;
};

struct MailAttachment
{
    QString fileName;
    QByteArray contentType; // e.g. "application/pdf"
    QByteArray data;
};

struct MailMessage
{
    QString from; // bare addresses: "name@domain"
    QString to;
    QString subject;
    QString text; // the plain-text body
    QString messageId; // "<id@domain>": the same id for a re-sent message lets mail systems drop the copy
    QList<MailAttachment> attachments;
};

// Whether `address` is a bare mail address that may go into an SMTP envelope and a header (no spaces, angle
// brackets, quotes or line breaks).
bool isMailAddress(const QString &address);

// Sends one message through libcurl's SMTP and MIME support (attachments base64-encoded). The error names the
// server as host:port and says why (refused connection, rejected recipient, TLS …); `cancelled` is polled during
// the transfer, and a message cut short is not delivered by the server. Known limit: while libcurl 7.88 waits for
// an SMTP reply it does not hand control back, so a cancellation takes effect at the server's next reply (or at
// the timeout), not at once.
Status sendMail(const SmtpServer &server, const MailMessage &message, const std::atomic<bool> *cancelled);

} // namespace nightshift
