// TargetingPresetStore: save, list, apply (read back) and delete presets in an INI file,
// names with characters QSettings would otherwise treat as group separators.
#include "core/changes/targetingpresetstore.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestTargetingPresetStore : public QObject
{
    Q_OBJECT

private slots:
    void saveApplyDeleteRoundTrip();
    void namesWithSeparatorsAndSorting();
    void emptyNameRefusedAndMissingPreset();
    void storedUnderTargetingPresetsGroup();
};

namespace {

TargetingSpec sampleSpec()
{
    TargetingSpec spec;
    spec.location = QStringList{QStringLiteral("US"), QStringLiteral("807")};
    spec.gender = QStringList{QStringLiteral("female")};
    spec.minimumAge = QStringLiteral("25");
    spec.maximumAge = QStringLiteral("65+");
    ShoppingRetargeting rule;
    rule.lookbackWindow = 30;
    rule.exclusionWindow = 14;
    rule.tagTypes = QList<int>{0, 6};
    spec.shoppingRetargeting = QList<ShoppingRetargeting>{rule};
    spec.unknownFields.insert(QStringLiteral("FUTURE_KEY"), QJsonArray{QStringLiteral("x")});
    return spec;
}

} // namespace

void TestTargetingPresetStore::saveApplyDeleteRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("presets.ini"));
    {
        TargetingPresetStore store(file);
        QVERIFY(store.names().isEmpty());
        QVERIFY(store.save(QStringLiteral("US women 25+"), sampleSpec()));
    }
    // A second store on the same file (as after a restart) sees the same preset.
    TargetingPresetStore store(file);
    QCOMPARE(store.names(), QStringList{QStringLiteral("US women 25+")});
    QVERIFY(store.contains(QStringLiteral("US women 25+")));
    const auto spec = store.spec(QStringLiteral("US women 25+"));
    QVERIFY(spec.has_value());
    QCOMPARE(*spec, sampleSpec());
    QCOMPARE(spec->toJson(), sampleSpec().toJson());

    // Overwrite keeps one entry with the new spec.
    TargetingSpec other;
    other.location = QStringList{QStringLiteral("DE")};
    QVERIFY(store.save(QStringLiteral("US women 25+"), other));
    QCOMPARE(store.names().size(), 1);
    QCOMPARE(*store.spec(QStringLiteral("US women 25+")), other);

    store.remove(QStringLiteral("US women 25+"));
    QVERIFY(store.names().isEmpty());
    QVERIFY(!store.spec(QStringLiteral("US women 25+")).has_value());
}

void TestTargetingPresetStore::namesWithSeparatorsAndSorting()
{
    QTemporaryDir dir;
    TargetingPresetStore store(dir.filePath(QStringLiteral("presets.ini")));
    QVERIFY(store.save(QStringLiteral("b/c"), sampleSpec()));
    QVERIFY(store.save(QStringLiteral("A\\x"), sampleSpec()));
    QVERIFY(store.save(QStringLiteral("äpfel 100%"), sampleSpec()));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("A\\x"), QStringLiteral("b/c"), QStringLiteral("äpfel 100%")}));
    QVERIFY(store.spec(QStringLiteral("b/c")).has_value());
    QVERIFY(store.spec(QStringLiteral("äpfel 100%")).has_value());
    store.remove(QStringLiteral("b/c"));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("A\\x"), QStringLiteral("äpfel 100%")}));
}

void TestTargetingPresetStore::emptyNameRefusedAndMissingPreset()
{
    QTemporaryDir dir;
    TargetingPresetStore store(dir.filePath(QStringLiteral("presets.ini")));
    QVERIFY(!store.save(QString(), sampleSpec()));
    QVERIFY(!store.save(QStringLiteral("   "), sampleSpec()));
    QVERIFY(store.names().isEmpty());
    QVERIFY(!store.spec(QStringLiteral("nope")).has_value());
}

void TestTargetingPresetStore::storedUnderTargetingPresetsGroup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("presets.ini"));
    TargetingPresetStore store(file);
    QVERIFY(store.save(QStringLiteral("DE"), sampleSpec()));
    QSettings raw(file, QSettings::IniFormat);
    raw.beginGroup(QStringLiteral("targetingPresets"));
    QCOMPARE(raw.childKeys(), QStringList{QStringLiteral("DE")});
    QVERIFY(raw.value(QStringLiteral("DE")).toString().contains(QStringLiteral("\"LOCATION\"")));
}

QTEST_GUILESS_MAIN(TestTargetingPresetStore)
#include "tst_targetingpresetstore.moc"
