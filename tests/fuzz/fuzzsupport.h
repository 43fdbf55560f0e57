#pragma once

// Shared by the libFuzzer targets: quiet logging, a check that stops the run with a message,
// and the JSON helpers every parser target uses.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pinstripe::fuzz {

/** A broken invariant is a finding like a crash: libFuzzer keeps the input that caused it. */
[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

/** The code under test logs through Qt; at millions of inputs that is only noise. */
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        // A Q_ASSERT or qFatal in the code under test must still end the run.
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

/** The input after the selector byte. */
inline QByteArray payload(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size) - 1);
}

inline QJsonObject toObject(const QByteArray &bytes, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

/**
 * toJson(fromJson(x)) need not equal x for input that is not valid, but a second round must
 * change nothing: what Pinstripe writes it must read back as the same thing.
 */
template<typename T>
void checkObjectRoundTrip(const QJsonObject &object, const char *file, int line)
{
    const QJsonObject first = T::fromJson(object).toJson();
    const QJsonObject second = T::fromJson(first).toJson();
    if (first != second) {
        std::fprintf(stderr, "first:  %s\nsecond: %s\n", QJsonDocument(first).toJson(QJsonDocument::Compact).constData(),
                     QJsonDocument(second).toJson(QJsonDocument::Compact).constData());
        fail("toJson(fromJson(x)) is not stable on a second round", file, line);
    }
}

} // namespace pinstripe::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::pinstripe::fuzz::fail(#condition, __FILE__, __LINE__);                                                   \
    } while (false)

#define FUZZ_ROUND_TRIP(Type, object) ::pinstripe::fuzz::checkObjectRoundTrip<Type>((object), __FILE__, __LINE__)
