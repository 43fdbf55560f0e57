// J9: every view a person opens in their language, at 1280×800: the main window with its docks,
// the editor's tabs, bulk edit, the bid floor calculator, Connect and Preferences.
//   --language de | fr: as main() installs the catalogue for a German (French) system. No text
//     there is an English message the catalogue translates, and no lookup of the app's misses
//     the catalogue (a message looked up under a context lupdate did not file it in).
//   --language pseudo: every message 40 % longer and accented, as a longer language would be.
// In each: no label, button, check box, group box or tab shows less than its text (clipped).
// Screenshots of every view are kept as artifacts (journeys/j9-<language>-<view>.png).
#include "journeysupport.h"

#include "ui/adgroups/adgrouptableview.h"
#include "ui/auth/connectdialog.h"
#include "ui/bidfloor/bidfloorcalculatordialog.h"
#include "ui/common/preferencesdialog.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/bulkeditdialog.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace pinstripe;
using namespace pinstripe::journeys;

namespace {

QString g_language = QStringLiteral("de");

/** One message of a catalogue: where it is looked up, its English text and its translation. */
struct CatalogueMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translation; ///< the first form
};

QList<CatalogueMessage> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CatalogueMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            out << CatalogueMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (xml.name() == u"source") {
            out.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !out.last().numerus) {
            out.last().translation = xml.readElementText();
        } else if (xml.name() == u"numerusform" && out.last().translation.isEmpty()) {
            out.last().translation = xml.readElementText();
        }
    }
    return out;
}

/**
 * The pseudo translation of @p text: letters accented, 40 % longer (padded inside brackets),
 * placeholders (%1, %n, %L1), mnemonics (&x), tags and entities of rich text kept as they are.
 */
QString pseudo(const QString &text)
{
    static const QHash<QChar, QChar> accents{
        {u'a', u'á'}, {u'e', u'é'}, {u'i', u'î'}, {u'o', u'ö'}, {u'u', u'ü'}, {u'c', u'ç'}, {u'n', u'ñ'}, {u'y', u'ý'},
        {u'A', u'Å'}, {u'E', u'É'}, {u'I', u'Î'}, {u'O', u'Ö'}, {u'U', u'Ü'}, {u'C', u'Ç'}, {u'N', u'Ñ'}, {u'Y', u'Ý'}};
    static const QRegularExpression kept(QStringLiteral("%L?(?:\\d{1,2}|n)|<[^>]*>|&[a-zA-Z#0-9]+;|&."));
    QString out;
    qsizetype letters = 0;
    qsizetype at = 0;
    for (auto it = kept.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = at; i < m.capturedStart(); ++i) {
            const QChar c = text.at(i);
            out += accents.value(c, c);
            letters += c.isLetter() ? 1 : 0;
        }
        QString piece = m.captured();
        if (piece.size() == 2 && piece.at(0) == u'&' && piece.at(1) != u'&') { // a mnemonic: &x
            piece = QLatin1Char('&') + QString(accents.value(piece.at(1), piece.at(1)));
            ++letters;
        }
        out += piece;
        at = m.capturedEnd();
    }
    for (qsizetype i = at; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out += accents.value(c, c);
        letters += c.isLetter() ? 1 : 0;
    }
    if (letters == 0)
        return text;
    // 40 % more, the length German and French often need; kept inside the text's own spaces.
    const qsizetype lead = out.size() - QString(out).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
    const qsizetype trail = out.size() - QString(out).remove(QRegularExpression(QStringLiteral("\\s+$"))).size();
    const QString core = out.mid(lead, out.size() - lead - trail);
    const qsizetype extra = std::max<qsizetype>(1, (text.size() * 2 + 4) / 5 - 2);
    return out.left(lead) + QLatin1Char('[') + core + QString(extra, u'~') + QLatin1Char(']') + out.right(trail);
}

/** Writes the pseudo catalogue of every message in @p messages and compiles it to a .qm. */
QString makePseudoCatalogue(const QList<CatalogueMessage> &messages, const QString &folder, QString *error)
{
    const QString ts = folder + QStringLiteral("/pinstripe_pseudo.ts");
    QFile file(ts);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en_US"));
    QString open;
    for (const CatalogueMessage &m : messages) {
        if (m.context != open) {
            if (!open.isNull())
                xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), m.context);
            open = m.context;
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        xml.writeStartElement(QStringLiteral("translation"));
        if (m.numerus) {
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo(m.source));
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo(m.source));
        } else {
            xml.writeCharacters(pseudo(m.source));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    file.close();
    const QString qm = folder + QStringLiteral("/pinstripe_pseudo.qm");
    QProcess lrelease;
    lrelease.start(QStringLiteral(PINSTRIPE_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lrelease.readAllStandardError());
        return {};
    }
    return qm;
}

/** Records each lookup of the app's messages that no catalogue answered; asked last of all. */
class MissedLookups : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString where = QString::fromUtf8(context);
        if (sourceText && *sourceText && (where.startsWith(QLatin1String("pinstripe")) || m_contexts.contains(where)))
            m_missed.insert(QStringLiteral("%1 \"%2\"").arg(where, QString::fromUtf8(sourceText)));
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<QString> m_contexts;
    mutable QSet<QString> m_missed;
};

/** Whether @p w and every parent up to its window are shown. */
bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

bool insideItemView(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

/** Texts @p root shows that are cut off: "kind 'text' needs N px, has M". */
QStringList clippedTexts(QWidget *root)
{
    QStringList out;
    const auto report = [&out](const QWidget *w, const QString &text, int needs, int has) {
        out << QStringLiteral("%1 %2 \"%3\" needs %4 px, has %5").arg(QString::fromLatin1(w->metaObject()->className()),
                                                                       w->objectName(), text.left(50)).arg(needs).arg(has);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shown(w) || insideItemView(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                const int needs = label->heightForWidth(label->width());
                if (needs > label->height() + 1)
                    report(label, label->text(), needs, label->height());
            } else if (label->sizeHint().width() > label->width() + 1) {
                report(label, label->text(), label->sizeHint().width(), label->width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *tool = qobject_cast<QToolButton *>(button);
            if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                report(button, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (!box->title().isEmpty() && box->minimumSizeHint().width() > box->width() + 1)
                report(box, box->title(), box->minimumSizeHint().width(), box->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // A tab too narrow for its words elides them; its frame takes some 8 px each side.
            for (int i = 0; i < tabs->count(); ++i) {
                const int needs = tabs->fontMetrics().horizontalAdvance(visibleText(tabs->tabText(i))) + 16
                    + (tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4);
                if (tabs->isTabVisible(i) && tabs->tabRect(i).width() + 1 < needs)
                    report(tabs, tabs->tabText(i), needs, tabs->tabRect(i).width());
            }
        }
    }
    return out;
}

/** The texts @p root shows in labels, buttons, group boxes, tabs and its title. */
QStringList shownTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shown(w) || insideItemView(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            out << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i);
        } else if (auto *dock = qobject_cast<QDockWidget *>(w))
            out << dock->windowTitle();
    }
    return out;
}

} // namespace

class JourneyEveryViewFits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyViewFitsAndSpeaksTheLanguage();

private:
    /** Checks @p view as shown now; @p name names it in messages and its screenshot. */
    void check(QWidget *view, const QString &name);

    QList<CatalogueMessage> m_messages;
    QHash<QString, QString> m_englishToTranslated; ///< visible English text → visible translation
    MissedLookups *m_missed = nullptr;
    QStringList m_problems;
};

void JourneyEveryViewFits::initTestCase()
{
    prepareJourney(QStringLiteral("journey_every_view_fits"));
    // Remove what prepareJourney installed: this journey installs its language itself.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QString catalogue = QStringLiteral(PINSTRIPE_SOURCE_DIR "/translations/pinstripe_%1.ts")
                                  .arg(g_language == u"pseudo" ? QStringLiteral("de") : g_language);
    m_messages = readCatalogue(catalogue);
    QVERIFY2(m_messages.size() > 1000, qPrintable(catalogue));

    m_missed = new MissedLookups; // asked last: installed first
    for (const CatalogueMessage &m : std::as_const(m_messages))
        m_missed->m_contexts.insert(m.context);
    QCoreApplication::installTranslator(m_missed);

    if (g_language == u"pseudo") {
        static QTemporaryDir folder;
        QString error;
        const QString qm = makePseudoCatalogue(m_messages, folder.path(), &error);
        QVERIFY2(!qm.isEmpty(), qPrintable(error));
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(qm));
        QCoreApplication::installTranslator(translator);
    } else {
        QLocale::setDefault(QLocale::system()); // numbers and dates as the system writes them
        // As main() does for the system locale, which main() below set.
        const QStringList loaded = installTranslations(qApp, QLocale::system());
        QVERIFY2(loaded.contains(QStringLiteral("pinstripe_%1.qm").arg(g_language)), qPrintable(loaded.join(u' ')));
        for (const CatalogueMessage &m : std::as_const(m_messages)) {
            const QString english = visibleText(m.source);
            const QString translated = visibleText(m.translation);
            if (english != translated && english.size() > 1)
                m_englishToTranslated.insert(english, translated);
        }
    }
}

void JourneyEveryViewFits::check(QWidget *view, const QString &name)
{
    QApplication::processEvents();
    for (const QString &clipped : clippedTexts(view))
        m_problems << QStringLiteral("%1: clipped %2").arg(name, clipped);
    if (!m_englishToTranslated.isEmpty()) {
        for (const QString &text : shownTexts(view)) {
            if (m_englishToTranslated.contains(visibleText(text)))
                m_problems << QStringLiteral("%1: English \"%2\"").arg(name, text);
        }
    }
    screenshot(view, QStringLiteral("j9-%1-%2").arg(g_language, name));
}

void JourneyEveryViewFits::everyViewFitsAndSpeaksTheLanguage()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    window->resize(1280, 800);
    QTRY_COMPARE(window->size(), QSize(1280, 800));

    check(window, QStringLiteral("main-window"));
    // The docks that share a place with Details, each in front once.
    for (const QString &dockName : {QStringLiteral("performanceDock"), QStringLiteral("breakdownDock")}) {
        auto *dock = window->findChild<QDockWidget *>(dockName);
        QVERIFY(dock);
        if (!dock->isVisible())
            dock->toggleViewAction()->trigger();
        dock->raise();
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(300); // the panel's first answer from the sandbox
        check(window, dockName);
    }

    // The editor with the first ad group, every tab.
    AdGroupBrowser *browser = window->browser();
    AdGroupTableView *table = browser->tableView();
    clickCell(table, table->model()->index(0, 0));
    window->findChild<QAction *>(QStringLiteral("editAdGroupsAction"))->trigger();
    AdGroupEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = openWindow<AdGroupEditorDialog>()) != nullptr);
    if (auto *tabs = editor->findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(editor, QStringLiteral("editor-tab-%1").arg(i + 1));
        }
    } else {
        check(editor, QStringLiteral("editor"));
    }
    editor->reject();

    // Bulk edit of three.
    clickCell(table, table->model()->index(2, 0), Qt::ShiftModifier);
    window->findChild<QAction *>(QStringLiteral("bulkEditAction"))->trigger();
    BulkEditDialog *bulk = nullptr;
    QTRY_VERIFY((bulk = openWindow<BulkEditDialog>()) != nullptr);
    check(bulk, QStringLiteral("bulk-edit"));
    bulk->reject();

    window->findChild<QAction *>(QStringLiteral("bidFloorCalculatorAction"))->trigger();
    BidFloorCalculatorDialog *calculator = nullptr;
    QTRY_VERIFY((calculator = openWindow<BidFloorCalculatorDialog>()) != nullptr);
    check(calculator, QStringLiteral("bid-floor-calculator"));
    calculator->close();

    window->findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    ConnectDialog *connect = nullptr;
    QTRY_VERIFY((connect = openWindow<ConnectDialog>()) != nullptr);
    if (auto *tabs = connect->findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(connect, QStringLiteral("connect-tab-%1").arg(i + 1));
        }
    } else {
        check(connect, QStringLiteral("connect"));
    }
    connect->reject();

    PreferencesDialog preferences(window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    check(&preferences, QStringLiteral("preferences"));
    preferences.close();

    QStringList missed = m_missed->m_missed.values();
    missed.sort();
    if (g_language != u"pseudo") {
        for (const QString &lookup : std::as_const(missed))
            m_problems << QStringLiteral("not in the catalogue: %1").arg(lookup);
    }
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const qsizetype option = arguments.indexOf(QStringLiteral("--language"));
    if (option > 0 && option + 1 < arguments.size()) {
        g_language = arguments.at(option + 1);
        arguments.remove(option, 2);
    }
    // A German or French system, as a person's desktop session sets it; English for the pseudo run.
    const QByteArray locale = g_language == u"fr" ? "fr_FR.UTF-8" : g_language == u"de" ? "de_DE.UTF-8" : "en_US.UTF-8";
    qputenv("LANG", locale);
    qputenv("LANGUAGE", locale.left(2));
    qputenv("LC_ALL", locale);
    QApplication app(argc, argv);
    JourneyEveryViewFits journey;
    QStringList testArguments;
    for (const QString &a : std::as_const(arguments))
        testArguments << a;
    return QTest::qExec(&journey, testArguments);
}

#include "journey_every_view_fits.moc"
