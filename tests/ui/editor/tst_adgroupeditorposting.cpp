// The ad group editor against an in-process sandbox over loopback HTTP: duplicates of several
// ad groups that carry nulls Pinterest returns but refuses in a create are posted and applied,
// and interests are typed by name from the catalogue the server names them with.
#include "../../core/api/apitestsupport.h"

#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/adgroupform.h"
#include "ui/editor/basicssection.h"
#include "ui/editor/bulkeditdialog.h"
#include "ui/editor/targetingpresetpanel.h"
#include "ui/editor/targetingsection.h"
#include "ui/targeting/interesteditor.h"
#include "ui/targeting/interesttextedit.h"
#include "ui/targeting/targetingspeceditor.h"

#include "core/api/adgrouppager.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/listadgroupsrequest.h"
#include "core/api/listcampaignsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/poster.h"
#include "core/changes/targetingpresetstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

/** Saves what @p widget shows as @p name.png among the test artifacts, when they are kept. */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(widget->grab().save(dir + QStringLiteral("/adgroupeditor-") + name + QStringLiteral(".png")));
}

} // namespace

class TestAdGroupEditorPosting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicatingSeveralWithNullsPostsThem();
    void interestsTypedByNameFromTheCatalogue();
    void catalogueNamesMatchTheListedNames();
    void bulkEditTakesInterestNames();

private:
    QList<AdGroup> adGroups(const QStringList &statuses);
    AdGroupFormContext context() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_account;
    QList<Campaign> m_campaigns;
};

void TestAdGroupEditorPosting::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_sandbox = std::make_unique<SandboxFixture>();
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY2(accounts.ok(), qPrintable(accounts.describe()));
    m_account = accounts.result->items.constFirst().id.value();
    ListCampaignsRequest::Params params;
    params.entityStatuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("DRAFT")};
    auto campaigns = run<CampaignPage>(new ListCampaignsRequest(m_sandbox->client.get(), m_account, params),
                                       &ListCampaignsRequest::finished);
    QVERIFY2(campaigns.ok(), qPrintable(campaigns.describe()));
    m_campaigns = campaigns.result->items;
    QVERIFY(!m_campaigns.isEmpty());
}

QList<AdGroup> TestAdGroupEditorPosting::adGroups(const QStringList &statuses)
{
    AdGroupListParams params;
    params.entityStatuses = statuses;
    AdGroupPager pager(m_sandbox->client.get(), m_account, params);
    QList<AdGroup> all;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) { all << page.items; });
    pager.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished() || pager.hasFailedChains(), 20000); }();
    return all;
}

AdGroupFormContext TestAdGroupEditorPosting::context() const
{
    AdGroupFormContext c;
    c.adAccountId = m_account;
    c.currency = Currency::usd();
    c.campaigns = m_campaigns;
    c.apiClient = m_sandbox->client.get();
    return c;
}

void TestAdGroupEditorPosting::duplicatingSeveralWithNullsPostsThem()
{
    // The two ad groups of the report when the demo data has them, else the first two active ones.
    const QList<AdGroup> all = adGroups({QStringLiteral("ACTIVE")});
    QList<AdGroup> sources;
    for (const QString &prefix : {QStringLiteral("Cozy Bedroom | Parents"), QStringLiteral("Outdoor Lighting | Newlyweds")}) {
        for (const AdGroup &g : all) {
            if (g.name.valueOr({}).startsWith(prefix)) {
                sources << g;
                break;
            }
        }
    }
    if (sources.size() < 2)
        sources = all.mid(0, 2);
    QCOMPARE(sources.size(), 2);
    // As Pinterest returns them: bid_multiplier null (the spec's own example has it so), and
    // auto_targeting_enabled null on one of them.
    for (const AdGroup &source : std::as_const(sources))
        QVERIFY(source.bidMultiplier.isNull());
    sources[0].autoTargetingEnabled.setNull();

    QUndoStack stack;
    ChangeSet changes(nullptr);
    AdGroupEditorDialog dialog(context());
    dialog.setRecordTarget(&stack, &changes);
    dialog.startDuplicate(sources);
    dialog.show();
    QVERIFY2(dialog.form()->problems().isEmpty(), qPrintable(dialog.form()->problems().join(QLatin1Char('|'))));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changes.changes().size(), 2);

    Poster poster(m_sandbox->client.get(), &changes, nullptr);
    std::optional<Poster::Summary> summary;
    connect(&poster, &Poster::finished, this, [&](const Poster::Summary &s) { summary = s; });
    poster.post(m_account);
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 60000);
    QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
    QCOMPARE(summary->failed, 0);
    QCOMPARE(summary->unknown, 0);
    QCOMPARE(summary->succeeded, 2);

    // Both copies are on the server, in their sources' campaigns.
    const QList<AdGroup> after = adGroups({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    for (const AdGroup &source : std::as_const(sources)) {
        const QString copyName = source.name.value() + QStringLiteral(" (copy)");
        const auto copy = std::find_if(after.cbegin(), after.cend(), [&](const AdGroup &g) { return g.name.valueOr({}) == copyName; });
        QVERIFY2(copy != after.cend(), qPrintable(copyName));
        QCOMPARE(copy->campaignId.valueOr({}), source.campaignId.valueOr({}));
        QCOMPARE(copy->budgetInMicroCurrency.valueOr(-1), source.budgetInMicroCurrency.valueOr(-1));
    }
}

void TestAdGroupEditorPosting::interestsTypedByNameFromTheCatalogue()
{
    AdGroupForm form(context());
    form.show();
    TargetingSpecEditor *targeting = form.targeting()->specEditor();
    QSignalSpy loaded(targeting, &TargetingSpecEditor::interestCatalogLoaded);
    QVERIFY(loaded.wait(30000));

    QTest::keyClicks(form.basics()->nameEdit(), QStringLiteral("Renovators"));
    form.tabs()->setCurrentWidget(form.targeting());
    InterestTextEdit *text = targeting->interestEditor()->textEdit();
    text->setFocus();
    // The name the details panel shows, typed out in full (the report's case).
    QTest::keyClicks(text, QStringLiteral("Home renovation"));
    QCOMPARE(targeting->interestEditor()->problems(), QStringList());
    QCOMPARE(targeting->spec().interest.valueOr({}), QStringList{QStringLiteral("940820083437")});

    // Part of another name, in another case, offers it; Down and Return take it.
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("outdoor"));
    QAbstractItemView *popup = text->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    form.resize(820, 700);
    saveScreenshot(&form, QStringLiteral("interests-typed-by-name"));
    saveScreenshot(popup, QStringLiteral("interest-completions"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(text->toPlainText(), QStringLiteral("Home renovation\nOutdoor living"));
    QCOMPARE(targeting->spec().interest.valueOr({}), (QStringList{QStringLiteral("940820083437"), QStringLiteral("955303226418")}));
    QVERIFY2(!form.problems().join(QLatin1Char('|')).contains(QStringLiteral("interest")),
             qPrintable(form.problems().join(QLatin1Char('|'))));
    const QJsonObject body = form.changes().constFirst().createBody;
    QCOMPARE(body.value(QLatin1String("targeting_spec")).toObject().value(QLatin1String("INTEREST")).toArray(),
             (QJsonArray{QStringLiteral("940820083437"), QStringLiteral("955303226418")}));
}

void TestAdGroupEditorPosting::catalogueNamesMatchTheListedNames()
{
    // The names the details panel shows (a list with translate_interests_to_names) read back
    // into the editor give the interest ids the ad group has.
    TargetingSpecEditor editor;
    QSignalSpy loaded(&editor, &TargetingSpecEditor::interestCatalogLoaded);
    editor.setInterestCatalogSource(m_sandbox->client.get(), m_account);
    QVERIFY(loaded.wait(30000));

    AdGroup withInterests;
    for (const AdGroup &g : adGroups({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")})) {
        if (g.targetingSpec.hasValue() && g.targetingSpec.value().interest.valueOr({}).size() >= 2) {
            withInterests = g;
            break;
        }
    }
    QVERIFY(withInterests.id.hasValue());
    AdGroupListParams params;
    params.adGroupIds = {withInterests.id.value()};
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.translateInterestsToNames = true;
    auto named = run<AdGroupPage>(new ListAdGroupsRequest(m_sandbox->client.get(), m_account, params), &ListAdGroupsRequest::finished);
    QVERIFY2(named.ok(), qPrintable(named.describe()));
    const QStringList names = named.result->items.constFirst().targetingSpec.value().interest.value();
    InterestEditor *interests = editor.interestEditor();
    interests->setEntries(names);
    QCOMPARE(interests->problems(), QStringList());
    QCOMPARE(interests->interestIds(), withInterests.targetingSpec.value().interest.value());
}

void TestAdGroupEditorPosting::bulkEditTakesInterestNames()
{
    const QList<AdGroup> selection = adGroups({QStringLiteral("ACTIVE")}).mid(0, 3);
    QCOMPARE(selection.size(), 3);
    QTemporaryDir dir;
    TargetingPresetStore presets(dir.filePath(QStringLiteral("presets.ini")));
    BulkEditDialog dialog(selection, Currency::usd(), &presets);
    dialog.setAdAccountId(m_account);
    TargetingSpecEditor *targeting = dialog.targetingPanel()->editor();
    QSignalSpy loaded(targeting, &TargetingSpecEditor::interestCatalogLoaded);
    dialog.setInterestCatalogSource(m_sandbox->client.get(), m_account);
    dialog.show();
    // Typed before the names arrive: refused until they do, then taken.
    QTest::mouseClick(dialog.applyTargetingCheck(), Qt::LeftButton);
    QVERIFY(dialog.applyTargetingCheck()->isChecked());
    targeting->interestEditor()->textEdit()->setFocus();
    QTest::keyClicks(targeting->interestEditor()->textEdit(), QStringLiteral("tea"));
    QVERIFY2(dialog.problems().join(QLatin1Char('|')).contains(QStringLiteral("\"tea\" is neither")),
             qPrintable(dialog.problems().join(QLatin1Char('|'))));
    QVERIFY(loaded.wait(30000));
    QVERIFY2(!dialog.problems().join(QLatin1Char('|')).contains(QStringLiteral("interest")),
             qPrintable(dialog.problems().join(QLatin1Char('|'))));
    const QList<PendingChange> changes = dialog.changes();
    QCOMPARE(changes.size(), 3);
    for (const PendingChange &change : changes) {
        QCOMPARE(change.field, QStringLiteral("targeting_spec"));
        QCOMPARE(change.after.toObject().value(QLatin1String("INTEREST")).toArray(), QJsonArray{QStringLiteral("912716389447")});
    }
}

QTEST_MAIN(TestAdGroupEditorPosting)
#include "tst_adgroupeditorposting.moc"
