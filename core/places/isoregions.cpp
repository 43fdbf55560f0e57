#include "core/places/isoregions.h"

#include "core/places/gettextcatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

namespace pinstripe {

namespace {

const QString kDataFile = QStringLiteral("iso-codes/json/iso_3166-2.json");
const QString kDomain = QStringLiteral("iso_3166-2");

struct Subdivisions
{
    QString path;
    QHash<QString, QString> names; ///< upper-case code → name
};

Subdivisions load()
{
    Subdivisions data;
    data.path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, kDataFile);
    if (data.path.isEmpty())
        return data;
    QFile file(data.path);
    if (!file.open(QIODevice::ReadOnly))
        return data;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-2")).toArray();
    data.names.reserve(entries.size());
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString code = object.value(QLatin1String("code")).toString().toUpper();
        const QString name = object.value(QLatin1String("name")).toString();
        if (!code.isEmpty() && !name.isEmpty())
            data.names.insert(code, name);
    }
    return data;
}

const Subdivisions &subdivisions()
{
    static const Subdivisions data = load(); // thread-safe, read once
    return data;
}

/** The translation catalogues read so far, by language ("de", "pt_BR"); empty for none installed. */
class Translations
{
public:
    QString translate(const QString &name, const QLocale &locale)
    {
        const QMutexLocker locker(&m_mutex);
        for (const QString &language : languagesOf(locale)) {
            const QHash<QString, QString> &catalogue = catalogueLocked(language);
            if (catalogue.isEmpty())
                continue; // no catalogue for "de_AT": try "de"
            return catalogue.value(name, name);
        }
        return name;
    }

private:
    static QStringList languagesOf(const QLocale &locale)
    {
        if (locale.language() == QLocale::C)
            return {};
        // "pt-BR" as gettext writes it ("pt_BR"), then the bare language ("pt").
        QStringList languages;
        for (QString language : locale.uiLanguages()) {
            language.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (!languages.contains(language))
                languages << language;
            const QString bare = language.section(QLatin1Char('_'), 0, 0);
            if (!languages.contains(bare))
                languages << bare;
        }
        return languages;
    }

    const QHash<QString, QString> &catalogueLocked(const QString &language)
    {
        auto it = m_catalogues.constFind(language);
        if (it == m_catalogues.cend()) {
            const QString path = QStandardPaths::locate(
                QStandardPaths::GenericDataLocation,
                QStringLiteral("locale/%1/LC_MESSAGES/%2.mo").arg(language, kDomain));
            it = m_catalogues.insert(language, path.isEmpty() ? QHash<QString, QString>() : GettextCatalog::read(path));
        }
        return *it;
    }

    QMutex m_mutex;
    QHash<QString, QHash<QString, QString>> m_catalogues;
};

Translations &translations()
{
    static Translations instance;
    return instance;
}

} // namespace

QString IsoRegions::originalName(const QString &code)
{
    return subdivisions().names.value(code.toUpper());
}

QString IsoRegions::name(const QString &code, const QLocale &locale)
{
    const QString original = originalName(code);
    if (original.isEmpty())
        return {};
    return translations().translate(original, locale);
}

bool IsoRegions::isAvailable()
{
    return !subdivisions().names.isEmpty();
}

QString IsoRegions::dataFile()
{
    return subdivisions().path;
}

} // namespace pinstripe
