#include "core/logging.h"

// Debug output is off by default; warnings and above are always on.
Q_LOGGING_CATEGORY(lcApp, "pinstripe.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "pinstripe.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "pinstripe.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "pinstripe.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChanges, "pinstripe.changes", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "pinstripe.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pinstripe.ui", QtInfoMsg)
