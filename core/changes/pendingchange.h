#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace pinstripe {

/**
 * One edit that has not been posted yet.
 *
 * An update is field-level: one ad group, one wire field (e.g. "budget_in_micro_currency"),
 * the value it had when the edit was made and the value wanted. A create carries the whole
 * create body instead. Each change remembers the ad group's `updated_time` it was based on,
 * so a newer server version is noticed as a conflict before anything is sent.
 */
struct PendingChange
{
    enum class Kind { Update, Create };
    enum class State {
        Pending,  ///< waiting to be posted
        Failed,   ///< Pinterest refused it; message says why; stays until fixed or discarded
        Conflict, ///< the server changed this field since the edit was based on it
        Unknown,  ///< sent, but its answer was lost; checked with Pinterest before any resend
        /**
         * Written (synchronously) just before its request leaves. Found after a restart, it
         * marks an interrupted post: the outcome is unknown until Pinterest is asked.
         */
        Sent,
    };

    /** Stable id of this change (a UUID), used by the store and the UI. */
    QString id;
    Kind kind = Kind::Update;
    State state = State::Pending;
    QString adAccountId;
    /** The ad group; empty for a create until Pinterest assigned an id. */
    QString adGroupId;
    /** Display name at the time of the edit, for lists and messages. */
    QString adGroupName;
    /** Wire field name for updates ("status", "budget_in_micro_currency", "targeting_spec"…). */
    QString field;
    QJsonValue before;
    QJsonValue after;
    /** For creates: the body sent (see AdGroup::createBody()). */
    QJsonObject createBody;
    /** The ad group's updated_time the edit was based on (0 for creates). */
    qint64 baseUpdatedTime = 0;
    QDateTime createdAt;
    /** Pinterest's message for Failed, or what conflicts for Conflict. */
    QString message;
    /** For Conflict: the value now on the server. */
    QJsonValue serverValue;
    /** For Conflict: the server's updated_time when the conflict was found (to rebase "keep mine" on). */
    qint64 serverUpdatedTime = 0;
    /** For Sent and Unknown: when its request was sent (the post it belonged to). */
    QDateTime sentAt;

    /** A new update of @p field from @p before to @p after, with a fresh id and timestamp. */
    static PendingChange update(const QString &adAccountId, const QString &adGroupId, const QString &adGroupName,
                                const QString &field, const QJsonValue &before, const QJsonValue &after,
                                qint64 baseUpdatedTime);
    /** A new create of @p body. */
    static PendingChange create(const QString &adAccountId, const QJsonObject &body);

    /** The change that undoes this one once posted (after and before swapped). */
    PendingChange inverse() const;

    /** True when after equals before: nothing left to post. */
    bool isNoOp() const { return kind == Kind::Update && before == after; }
    /** True when it was sent and nobody knows yet whether Pinterest applied it (Sent or Unknown). */
    bool isOutcomeUnknown() const { return state == State::Sent || state == State::Unknown; }

    QJsonObject toJson() const;
    static PendingChange fromJson(const QJsonObject &json);

    friend bool operator==(const PendingChange &, const PendingChange &) = default;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::PendingChange)
