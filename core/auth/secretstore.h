#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace pinstripe {

/**
 * The one door to the operating system's keychain (Secret Service, macOS Keychain,
 * Windows Credential Manager) through QtKeychain.
 *
 * Never falls back to plaintext: when no keychain is usable the result says so
 * (Status::Unavailable / AccessDenied) and the caller decides what to do — typically keep the
 * secret in memory for this session and tell the user.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok,
        NotFound,     ///< no entry under that key
        Unavailable,  ///< no keychain service (no Secret Service on the bus, not implemented)
        AccessDenied, ///< locked keychain, or the user refused
        Failed,       ///< anything else; see Result::message
    };

    struct Result
    {
        Status status = Status::Failed;
        /** A sentence for people when status is not Ok. Never contains the secret. */
        QString message;
        /** The secret, for successful reads only. */
        QByteArray value;

        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    /** @p service names the keychain namespace, e.g. "Pinstripe". */
    explicit SecretStore(QString service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }

    /** Stores @p value under @p key, replacing what was there. @p done runs on @p context's thread. */
    void write(const QString &key, const QByteArray &value, QObject *context, Callback done);
    /** Reads the secret under @p key. */
    void read(const QString &key, QObject *context, Callback done);
    /** Deletes the entry under @p key; deleting a missing entry reports Ok. */
    void remove(const QString &key, QObject *context, Callback done);

private:
    QString m_service;
};

} // namespace pinstripe
