#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pinstripe::sandbox {

/** The ways an injected fault spoils a successful JSON answer (FaultOptions::malformedRate). */
enum class Malformation {
    WrongType,     ///< a member of another JSON type (a number as text, text as a number)
    MissingMember, ///< a member every answer of its kind has (an id) left out
    HugeString,    ///< a text member of several megabytes
    DeepNesting,   ///< a member nested thousands of levels deep
    DuplicateKey,  ///< one member named twice in the same object, with different values
    UnknownEnum,   ///< a choice (status, budget type…) with a value the API does not list
};

/**
 * Spoils one JSON answer as an injected fault: the change is made in the first item of the
 * answer (the first of `items`, the `data` of a batch item, the first row of an array) or in
 * the answer object itself, so a client that reads the answer meets it at once.
 */
class AnswerMalformer final
{
public:
    /** @p body spoiled by @p how; nullopt when it is no JSON object or array or has nothing to spoil. */
    static std::optional<QByteArray> apply(const QByteArray &body, Malformation how);
    /** The command-line and settings name ("wrong-type", "duplicate-key", …). */
    static QString nameOf(Malformation how);
    static std::optional<Malformation> fromName(const QString &name);
};

} // namespace pinstripe::sandbox
