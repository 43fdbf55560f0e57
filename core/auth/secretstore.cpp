#include "core/auth/secretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::SecretStore", text);
}

SecretStore::Result resultOf(const QKeychain::Job &job, bool isDelete)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        // Deleting something that is already gone is what the caller wanted.
        result.status = isDelete ? SecretStore::Status::Ok : SecretStore::Status::NotFound;
        if (!isDelete)
            result.message = tr("No saved credentials were found in the system keychain.");
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretStore::Status::AccessDenied;
        result.message = tr("The system keychain refused access (it may be locked).");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        result.message = tr("No system keychain is available on this computer.");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // libsecret reports "no Secret Service on the bus" and "collection locked" as OtherError.
        result.status = SecretStore::Status::Unavailable;
        result.message = tr("The system keychain could not be used: %1").arg(job.errorString());
        break;
    }
    qCWarning(lcAuth) << "keychain" << job.key() << "failed:" << job.errorString();
    return result;
}

template<typename JobType>
void run(JobType *job, const QString &key, QObject *context, SecretStore::Callback done, bool isDelete)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext, whatever the platform backend offers
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), isDelete](QKeychain::Job *finished) {
                         if (!guard)
                             return;
                         SecretStore::Result result = resultOf(*finished, isDelete);
                         if (result.ok() && !isDelete) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 result.value = read->binaryData();
                         }
                         done(result);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

SecretStore::~SecretStore() = default;

void SecretStore::write(const QString &key, const QByteArray &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(value);
    run(job, key, context, std::move(done), false);
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done), false);
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done), true);
}

} // namespace pinstripe
