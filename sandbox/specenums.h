#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

/**
 * Value sets from Pinterest's API description (5.23.0) that the sandbox validates against.
 * Lists are in the spec's order.
 */
namespace pinstripe::sandbox::specenums {

const QStringList &entityStatuses();
const QStringList &actionTypes();          ///< billable_event
const QStringList &budgetTypes();
const QStringList &bidStrategyTypes();
const QStringList &pacingDeliveryTypes();
const QStringList &placementGroups();
const QStringList &objectiveTypes();
const QStringList &creativeTypes();
const QStringList &audienceSizingCreativeTypes();
const QStringList &matchTypes();
const QStringList &ageBuckets();
const QStringList &appTypes();
const QStringList &genders();
const QStringList &targetingStrategies();
const QStringList &trackingUrlEvents();
const QStringList &conversionEvents();
const QStringList &granularities();
const QStringList &adGroupTargetingTypes(); ///< targeting analytics targeting_types
const QStringList &attributionTypes();
const QStringList &reportingTimeZones();
const QStringList &conversionReportTimes();
const QStringList &oauthScopes();
/** The 175 analytics columns. */
const QSet<QString> &analyticsColumns();
/** ISO 3166-1 alpha-2 countries of the Country enum (248). */
const QSet<QString> &countries();
/** The Currency enum (27). */
const QSet<QString> &currencies();

} // namespace pinstripe::sandbox::specenums
