#include "sandbox/httprequestparser.h"

#include <QRegularExpression>
#include <QUrl>

namespace pinstripe::sandbox {

namespace {

// A chunk-size line is a hex number and optional extensions; anything longer is not one.
constexpr qsizetype maxChunkLineBytes = 1024;

QString sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB (%2 bytes)").arg(bytes / (1024 * 1024)).arg(bytes);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB (%2 bytes)").arg(bytes / 1024).arg(bytes);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString bodyTooLarge(const QString &what)
{
    return QStringLiteral("Request body too large: %1 exceeds the sandbox's limit of %2.")
        .arg(what, sizeText(HttpRequestParser::maxBodyBytes));
}

/** Digits only, as RFC 9110 defines Content-Length; -1 if malformed, or @p cap + 1 if above @p cap. */
qint64 parseDecimal(const QByteArray &text, qint64 cap)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        if (value <= cap)
            value = value * 10 + (c - '0');
    }
    return qMin(value, cap + 1);
}

/** A chunk size (hex, extensions after ';' ignored); -1 if malformed, or @p cap + 1 if above @p cap. */
qint64 parseChunkSize(QByteArray line, qint64 cap)
{
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0)
        line.truncate(semicolon);
    line = line.trimmed();
    if (line.isEmpty())
        return -1;
    qint64 value = 0;
    for (char c : std::as_const(line)) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        if (value <= cap)
            value = value * 16 + digit;
    }
    return qMin(value, cap + 1);
}

} // namespace

HttpRequestParser::Result HttpRequestParser::next(HttpRequest &request)
{
    if (m_refusalStatus != 0)
        return Result::Refused;
    if (!m_pending) {
        // RFC 9112 2.2: empty lines before a request line (some clients end a body with one) are skipped.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        // Limits are checked on what has arrived, complete or not: a head read in one go counts
        // as much as one that trickles in.
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if ((lineEnd < 0 ? m_buffer.size() : lineEnd) > maxRequestLineBytes)
            return refuse(414, QStringLiteral("URI too long: the request line exceeds the sandbox's limit of %1.")
                                   .arg(sizeText(maxRequestLineBytes)));
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if ((headerEnd < 0 ? m_buffer.size() : headerEnd + 4) > maxHeaderBytes)
            return refuse(431, QStringLiteral("Request header fields too large: the request head exceeds the "
                                              "sandbox's limit of %1.").arg(sizeText(maxHeaderBytes)));
        if (headerEnd < 0)
            return Result::NeedMore;
        if (!parseHead(headerEnd))
            return Result::Refused;
    }
    PendingRequest &p = *m_pending;
    if (p.chunked) {
        bool failed = false;
        if (!takeChunks(&failed)) {
            if (failed)
                return Result::Refused; // m_pending is gone with the refused request
            // Decoded chunks are in the body already; keep only the raw bytes not yet decoded.
            m_buffer.remove(0, p.scanPos);
            p.scanPos = 0;
            noteContinueDue();
            return Result::NeedMore;
        }
        request = std::move(p.request);
        m_buffer.remove(0, p.scanPos);
    } else {
        if (m_buffer.size() < p.contentLength) {
            noteContinueDue();
            return Result::NeedMore;
        }
        request = std::move(p.request);
        request.body = m_buffer.left(p.contentLength);
        m_buffer.remove(0, p.contentLength);
    }
    m_pending.reset();
    return Result::Request;
}

bool HttpRequestParser::parseHead(qsizetype headerEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    static const QRegularExpression versionPattern(QStringLiteral("^HTTP/(\\d)\\.\\d$"));
    const QRegularExpressionMatch version = versionPattern.match(QString::fromLatin1(requestLine.value(2)));
    QByteArray target = requestLine.value(1);
    // Origin form ("/v5/...") or absolute form ("http://host/v5/...", RFC 9112 3.2.2).
    const qsizetype schemeEnd = target.indexOf("://");
    const QByteArray scheme = target.left(qMax<qsizetype>(schemeEnd, 0)).toLower();
    if (scheme == "http" || scheme == "https") {
        qsizetype authorityEnd = schemeEnd + 3;
        while (authorityEnd < target.size() && target.at(authorityEnd) != '/' && target.at(authorityEnd) != '?')
            ++authorityEnd;
        const QByteArray rest = target.mid(authorityEnd);
        target = rest.startsWith('/') ? rest : '/' + rest;
    }
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !version.hasMatch() || !target.startsWith('/')) {
        refuse(400, QStringLiteral("Malformed request line: '%1'.")
                              .arg(QString::fromLatin1(lines.value(0).trimmed().left(80))));
        return false;
    }
    if (version.captured(1) != QLatin1String("1")) {
        refuse(505, QStringLiteral("HTTP version not supported: %1; the sandbox speaks HTTP/1.1.")
                              .arg(version.captured(0)));
        return false;
    }
    if (lines.size() - 1 > maxHeaderFields) {
        refuse(431, QStringLiteral("Request header fields too large: %1 header fields exceed the sandbox's "
                                         "limit of %2.").arg(lines.size() - 1).arg(maxHeaderFields));
        return false;
    }
    PendingRequest p;
    HttpRequest &request = p.request;
    request.method = requestLine.at(0);
    request.version = requestLine.at(2);
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    bool hasLength = false;
    QList<QByteArray> codings;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(qMax<qsizetype>(colon, 0)).toLower();
        // RFC 9112: no whitespace in or after a field name, no obsolete line folding.
        if (colon <= 0 || name.contains(' ') || name.contains('\t')) {
            refuse(400, QStringLiteral("Malformed header field: '%1'.")
                                  .arg(QString::fromLatin1(line.left(80))));
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length") {
            const qint64 length = parseDecimal(value, maxBodyBytes);
            if (length < 0 || (hasLength && length != p.contentLength)) {
                refuse(400, QStringLiteral("Bad Content-Length: '%1' is not one whole number of bytes.")
                                      .arg(QString::fromLatin1(value.left(80))));
                return false;
            }
            if (length > maxBodyBytes) {
                refuse(413, bodyTooLarge(QStringLiteral("Content-Length %1").arg(QString::fromLatin1(value))));
                return false;
            }
            hasLength = true;
            p.contentLength = length;
        } else if (name == "transfer-encoding") {
            codings += headerTokens(value);
        } else if (name == "expect") {
            p.expectsContinue = value.toLower() == "100-continue";
        }
    }
    codings.removeAll("identity");
    if (!codings.isEmpty()) {
        if (codings != QList<QByteArray>{"chunked"}) {
            refuse(501, QStringLiteral("Transfer-Encoding '%1' is not supported; send the body with "
                                             "Content-Length or chunked.")
                                  .arg(QString::fromLatin1(codings.join(", "))));
            return false;
        }
        if (hasLength) {
            // Two framings that could disagree are how requests get smuggled; refuse both.
            refuse(400, QStringLiteral("Bad request framing: both Content-Length and Transfer-Encoding."));
            return false;
        }
        p.chunked = true;
    }
    m_buffer.remove(0, headerEnd + 4);
    m_pending = std::move(p);
    return true;
}

bool HttpRequestParser::takeChunks(bool *failed)
{
    PendingRequest &p = *m_pending;
    auto fail = [&](int status, const QString &message) {
        *failed = true;
        refuse(status, message);
        return false;
    };
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", p.scanPos);
        const qsizetype lineLength = (lineEnd < 0 ? m_buffer.size() : lineEnd) - p.scanPos;
        if (p.inTrailers) {
            if (lineEnd < 0) {
                if (lineLength > maxHeaderBytes)
                    return fail(431, QStringLiteral("Request header fields too large: the trailer section exceeds "
                                                    "the sandbox's limit of %1.").arg(sizeText(maxHeaderBytes)));
                return false;
            }
            p.scanPos = lineEnd + 2;
            if (lineLength == 0)
                return true; // trailer fields are read past, not kept
            continue;
        }
        if (lineLength > maxChunkLineBytes)
            return fail(400, QStringLiteral("Malformed chunked body: a chunk-size line is longer than %1.")
                                 .arg(sizeText(maxChunkLineBytes)));
        if (lineEnd < 0)
            return false;
        const QByteArray line = m_buffer.mid(p.scanPos, lineLength);
        const qint64 size = parseChunkSize(line, maxBodyBytes);
        if (size < 0)
            return fail(400, QStringLiteral("Malformed chunked body: '%1' is not a chunk size.")
                                 .arg(QString::fromLatin1(line.left(80))));
        const qint64 total = p.request.body.size() + size;
        if (total > maxBodyBytes)
            return fail(413, bodyTooLarge(QStringLiteral("a chunked body of at least %1 bytes").arg(total)));
        if (size == 0) {
            p.scanPos = lineEnd + 2;
            p.inTrailers = true;
            continue;
        }
        const qsizetype dataStart = lineEnd + 2;
        if (m_buffer.size() < dataStart + size + 2)
            return false;
        if (m_buffer.mid(dataStart + size, 2) != "\r\n")
            return fail(400, QStringLiteral("Malformed chunked body: chunk data is not followed by CRLF."));
        p.request.body.append(m_buffer.constData() + dataStart, size);
        p.scanPos = dataStart + size + 2;
    }
}

void HttpRequestParser::noteContinueDue()
{
    PendingRequest &p = *m_pending;
    if (!p.expectsContinue || p.continueSent || p.request.version == "HTTP/1.0")
        return;
    p.continueSent = true;
    m_continueDue = true;
}

bool HttpRequestParser::takeContinueDue()
{
    const bool due = m_continueDue;
    m_continueDue = false;
    return due;
}

HttpRequestParser::Result HttpRequestParser::refuse(int status, const QString &message)
{
    m_refusalStatus = status;
    m_refusalMessage = message;
    m_buffer.clear();
    m_pending.reset();
    m_continueDue = false;
    return Result::Refused;
}

QList<QByteArray> HttpRequestParser::headerTokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &t : value.split(','))
        out << t.trimmed().toLower();
    return out;
}

} // namespace pinstripe::sandbox
