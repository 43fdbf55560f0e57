// libFuzzer target: the sandbox's HTTP/1.1 request parser on raw connection bytes. The bytes
// after the first are parsed twice: arriving at once, and trickling in pieces of 1–8 bytes
// (the first byte picks the size). Both must give the same requests and the same refusal:
// a request does not change with how the network cut it up.

#include "sandbox/httprequestparser.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QList>

using namespace pinstripe;
using namespace pinstripe::sandbox;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int refusalStatus = 0;
};

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.version == b.version && a.path == b.path && a.rawQuery == b.rawQuery
        && a.headers == b.headers && a.body == b.body;
}

void checkRequest(const HttpRequest &request)
{
    FUZZ_CHECK(!request.method.isEmpty());
    FUZZ_CHECK(request.version == "HTTP/1.1" || request.version == "HTTP/1.0" || request.version.startsWith("HTTP/1."));
    FUZZ_CHECK(request.body.size() <= HttpRequestParser::maxBodyBytes);
    FUZZ_CHECK(request.headers.size() <= HttpRequestParser::maxHeaderFields);
    // What the API handlers read from every request.
    (void)request.query().queryItems();
    (void)request.formBody().queryItems();
    (void)request.credentials("Bearer");
    (void)request.credentials("Basic");
    (void)request.header("content-type");
}

Outcome parse(const QByteArray &bytes, qsizetype piece)
{
    Outcome outcome;
    HttpRequestParser parser;
    for (qsizetype at = 0; at < bytes.size() && outcome.refusalStatus == 0; at += piece) {
        parser.append(bytes.mid(at, piece));
        for (;;) {
            HttpRequest request;
            const HttpRequestParser::Result result = parser.next(request);
            (void)parser.takeContinueDue();
            if (result == HttpRequestParser::Result::NeedMore)
                break;
            if (result == HttpRequestParser::Result::Refused) {
                outcome.refusalStatus = parser.refusalStatus();
                FUZZ_CHECK(outcome.refusalStatus >= 400 && outcome.refusalStatus < 600);
                FUZZ_CHECK(!parser.refusalMessage().isEmpty());
                // A refused connection stays refused.
                FUZZ_CHECK(parser.next(request) == HttpRequestParser::Result::Refused);
                break;
            }
            checkRequest(request);
            outcome.requests << request;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzz::payload(data, size);
    const Outcome whole = parse(bytes, qMax<qsizetype>(1, bytes.size()));
    const Outcome trickled = parse(bytes, data[0] % 8 + 1);
    FUZZ_CHECK(whole.refusalStatus == trickled.refusalStatus);
    FUZZ_CHECK(whole.requests.size() == trickled.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests.at(i), trickled.requests.at(i)));
    return 0;
}
