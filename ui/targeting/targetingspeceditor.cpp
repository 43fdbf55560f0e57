#include "ui/targeting/targetingspeceditor.h"

#include "ui/targeting/agerangeeditor.h"
#include "ui/targeting/apptypeeditor.h"
#include "ui/targeting/audienceeditor.h"
#include "ui/targeting/audienceestimatelabel.h"
#include "ui/targeting/gendereditor.h"
#include "ui/targeting/interesteditor.h"
#include "ui/targeting/localeeditor.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/shoppingretargetingeditor.h"
#include "ui/targeting/targetingstrategyeditor.h"

#include "core/api/listtargetingoptionsrequest.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pinstripe {

TargetingSpecEditor::TargetingSpecEditor(QWidget *parent)
    : QWidget(parent)
    , m_age(new AgeRangeEditor)
    , m_gender(new GenderEditor)
    , m_location(new LocationEditor)
    , m_locale(new LocaleEditor)
    , m_interest(new InterestEditor)
    , m_audience(new AudienceEditor)
    , m_appType(new AppTypeEditor)
    , m_strategy(new TargetingStrategyEditor)
    , m_retargeting(new ShoppingRetargetingEditor)
{
    m_editors = {m_age, m_gender, m_location, m_locale, m_interest, m_audience, m_appType, m_strategy, m_retargeting};

    // Two columns: where and who on the left, what and how on the right.
    auto *form = new QWidget;
    auto *grid = new QGridLayout(form);
    grid->addWidget(section(tr("Locations"), m_location, QStringLiteral("LOCATION, GEO")), 0, 0, 3, 1);
    grid->addWidget(section(tr("Age"), m_age, QStringLiteral("MINIMUM_AGE, MAXIMUM_AGE")), 3, 0);
    grid->addWidget(section(tr("Gender"), m_gender, QStringLiteral("GENDER")), 4, 0);
    grid->addWidget(section(tr("Languages"), m_locale, QStringLiteral("LOCALE")), 0, 1);
    grid->addWidget(section(tr("Interests"), m_interest, QStringLiteral("INTEREST")), 1, 1);
    grid->addWidget(section(tr("Audiences"), m_audience, QStringLiteral("AUDIENCE_INCLUDE, AUDIENCE_EXCLUDE")), 2, 1);
    grid->addWidget(section(tr("Devices"), m_appType, QStringLiteral("APPTYPE")), 3, 1);
    grid->addWidget(section(tr("Targeting strategy"), m_strategy, QStringLiteral("TARGETING_STRATEGY")), 4, 1);
    grid->addWidget(section(tr("Shopping retargeting"), m_retargeting, QStringLiteral("SHOPPING_RETARGETING")), 5, 0, 1, 2);
    m_unknownKeys = new QLabel;
    m_unknownKeys->setObjectName(QStringLiteral("unknownKeys"));
    m_unknownKeys->setWordWrap(true);
    m_unknownKeys->hide();
    grid->addWidget(m_unknownKeys, 6, 0, 1, 2);
    grid->setRowStretch(7, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the controls; the scroll area follows the focus (ensureWidgetVisible).
    scroll->setFocusPolicy(Qt::NoFocus);

    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("targetingJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Targeting spec as JSON"));
    m_json->setToolTip(tr("The targeting_spec exactly as it is sent to Pinterest."));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setMinimumWidth(m_json->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    m_json->hide();

    m_splitter = new QSplitter;
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_json);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_estimate = new AudienceEstimateLabel;
    m_showJson = new QPushButton(tr("Show &JSON"));
    m_showJson->setObjectName(QStringLiteral("showJson"));
    m_showJson->setCheckable(true);
    m_showJson->setToolTip(tr("Shows the targeting spec exactly as it is sent to Pinterest."));
    connect(m_showJson, &QPushButton::toggled, this, &TargetingSpecEditor::setJsonVisible);

    auto *top = new QHBoxLayout;
    top->addWidget(m_estimate, 1);
    top->addStretch();
    top->addWidget(m_showJson);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    for (TargetingKeyEditor *editor : std::as_const(m_editors))
        connect(editor, &TargetingKeyEditor::changed, this, &TargetingSpecEditor::onEditorChanged);
    setSpec({});
}

TargetingSpecEditor::~TargetingSpecEditor() = default;

QWidget *TargetingSpecEditor::section(const QString &title, TargetingKeyEditor *editor, const QString &keys)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(editor->keys().constFirst());
    box->setToolTip(tr("Sent as %1").arg(keys));
    editor->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(editor);
    return box;
}

void TargetingSpecEditor::setSpec(const TargetingSpec &spec)
{
    m_base = spec;
    for (TargetingKeyEditor *editor : std::as_const(m_editors))
        editor->load(spec);
    const QStringList unknown = spec.unknownFields.keys();
    m_unknownKeys->setText(tr("Also sent unchanged (not editable here): %1").arg(unknown.join(QLatin1String(", "))));
    m_unknownKeys->setVisible(!unknown.isEmpty());
    refresh();
}

TargetingSpec TargetingSpecEditor::spec() const
{
    TargetingSpec result = m_base; // keys no editor owns (unknownFields) come from here
    for (const TargetingKeyEditor *editor : m_editors)
        editor->store(result);
    return result;
}

QStringList TargetingSpecEditor::problems() const
{
    QStringList list;
    for (const TargetingKeyEditor *editor : m_editors)
        list << editor->problems();
    return list;
}

void TargetingSpecEditor::setAudienceEstimateSource(ApiClient *client, const QString &adAccountId)
{
    m_estimate->setSource(client, adAccountId);
    refresh();
}

void TargetingSpecEditor::setInterestCatalogSource(ApiClient *client, const QString &adAccountId)
{
    if (m_interestRequest) {
        m_interestRequest->disconnect(this);
        m_interestRequest->cancel();
    }
    if (!client)
        return;
    // The names Pinterest knows interests by, from the same catalogue that names them in ad
    // group lists (translate_interests_to_names) and so in the details panel.
    auto *request = new ListTargetingOptionsRequest(client, QStringLiteral("INTEREST"), adAccountId);
    m_interestRequest = request;
    connect(request, &ListTargetingOptionsRequest::finished, this, [this](const QList<TargetingOption> &options) {
        QList<QPair<QString, QString>> catalog;
        catalog.reserve(options.size());
        for (const TargetingOption &option : options)
            catalog.append({option.id, option.name});
        m_interest->setCatalog(catalog);
        refresh();
        Q_EMIT interestCatalogLoaded();
    });
    // Without the catalogue interests can still be given by id; the editor says so for a name.
    request->start();
}

bool TargetingSpecEditor::isJsonVisible() const
{
    return m_json->isVisibleTo(this);
}

void TargetingSpecEditor::setJsonVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_showJson);
        m_showJson->setChecked(visible);
    }
    m_showJson->setText(visible ? tr("Hide &JSON") : tr("Show &JSON"));
    m_json->setVisible(visible);
    // A splitter pane that starts hidden gets no width when shown; JSON lines are short, a quarter will do.
    if (visible) {
        const int total = m_splitter->width();
        m_splitter->setSizes({total - total / 4, total / 4});
    }
}

QString TargetingSpecEditor::jsonText() const
{
    return QString::fromUtf8(QJsonDocument(spec().toJson()).toJson(QJsonDocument::Indented));
}

void TargetingSpecEditor::onEditorChanged()
{
    refresh();
    Q_EMIT specChanged();
}

void TargetingSpecEditor::refresh()
{
    m_json->setPlainText(jsonText());
    // Validation comes before anything is sent: an invalid spec is not estimated.
    if (problems().isEmpty())
        m_estimate->setSpec(spec());
    else
        m_estimate->setSpecInvalid();
}

} // namespace pinstripe
