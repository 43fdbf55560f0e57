#pragma once

#include <QString>

namespace pinstripe {

/**
 * Returns @p text with every credential replaced by "<redacted>": the value of
 * Authorization headers (Bearer and Basic), bare "Bearer <token>" strings, and the values of
 * access_token / refresh_token / client_secret / app_secret in query strings, form bodies
 * and JSON. Used by the global message handler, so no log line can carry a secret even if
 * a caller forgets to redact.
 */
QString redactSecrets(const QString &text);

/**
 * Installs a Qt message handler that passes every message through redactSecrets() and then
 * on to the previously installed handler. Safe to call more than once.
 */
void installRedactingMessageHandler();

} // namespace pinstripe
