#pragma once

#include <QLoggingCategory>

/**
 * Logging categories, one per area, so users and tests can switch areas on and off with
 * QT_LOGGING_RULES (e.g. "pinstripe.api.debug=true"). Every message passes through the
 * redacting handler installed by installRedactingMessageHandler() before it is written.
 */
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcChanges)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
