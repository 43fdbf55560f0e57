#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pinstripe {

struct AdAccount;
struct AdGroup;
struct Campaign;

/** The kinds of answer objects whose members AnswerCheck knows from Pinterest's API description. */
enum class AnswerKind {
    AdAccount,      ///< `AdAccount`
    Campaign,       ///< `CampaignResponse`
    AdGroup,        ///< `AdGroupResponse`
    BidFloor,       ///< `BidFloor`
    AudienceSizing, ///< `AdGroupAudienceSizingResponse`
};

/** The answer kind of the items of a list of T (for parsePage); none for other types. */
template<typename T>
struct AnswerKindOf;
template<>
struct AnswerKindOf<AdAccount> { static constexpr AnswerKind kind = AnswerKind::AdAccount; };
template<>
struct AnswerKindOf<Campaign> { static constexpr AnswerKind kind = AnswerKind::Campaign; };
template<>
struct AnswerKindOf<AdGroup> { static constexpr AnswerKind kind = AnswerKind::AdGroup; };

/**
 * Checks Pinterest's successful answers before they are read, so that an answer of another
 * shape fails with a sentence naming what is wrong instead of being half read: the ad groups of
 * a listing, a saved ad group or a bid floor are used for money decisions.
 *
 * Two steps: rawProblem() over the bytes (a member named twice in one object, nesting deeper
 * than any answer of the API, a text longer than any answer holds), then problemIn() per object
 * against the members of its kind in Pinterest's API description 5.23 (core/api/answercontract.inc,
 * generated from openapi.yaml): the JSON type of every known member, the values of its choices,
 * and the members Pinstripe cannot do without (the id). `null` is accepted everywhere — Pinterest
 * answers with nulls its description does not mention — and members it does not know are kept.
 *
 * The sentences are English, like the other details of an unreadable answer (they are shown
 * after a translated lead-in and go into logs and support requests).
 */
namespace answercheck {

/** Deeper than this is no answer of the API (ad groups nest about 5 levels). */
inline constexpr int kMaxDepth = 64;
/** Longer than this (in bytes) is no text of an answer (names have at most 255 characters). */
inline constexpr qsizetype kMaxStringBytes = 1024 * 1024;

/** What is wrong with the bytes of @p body whatever its kind; empty when nothing is. */
QString rawProblem(const QByteArray &body);

/** What is wrong with @p object as an answer of @p kind; empty when nothing is. */
QString problemIn(const QJsonObject &object, AnswerKind kind);

/**
 * What is wrong with one row of ad group analytics (`AdGroupsAnalyticsResponse`): it needs an
 * AD_GROUP_ID (text or a whole number), DATE is text, every other column a number.
 */
QString problemInAnalyticsRow(const QJsonObject &row);

/**
 * What is wrong with a targeting analytics answer (`MetricsResponse`): `data` is a list of
 * objects, each with a text `targeting_type` and an object of numbers as `metrics` (AD_GROUP_ID
 * may be text or a whole number).
 */
QString problemInTargetingAnalytics(const QJsonObject &answer);

} // namespace answercheck

} // namespace pinstripe
