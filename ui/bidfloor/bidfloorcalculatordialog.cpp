#include "ui/bidfloor/bidfloorcalculatordialog.h"

#include "core/api/apiclient.h"
#include "core/api/fetchbidfloorsrequest.h"
#include "core/model/enums.h"
#include "ui/bidfloor/bidfloorrowsmodel.h"
#include "ui/targeting/targetingspeceditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

QComboBox *comboOf(const QStringList &values, const QString &anyLabel, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    if (!anyLabel.isEmpty())
        box->addItem(anyLabel, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

BidFloorCalculatorDialog::BidFloorCalculatorDialog(ApiClient *client, QString adAccountId, Currency accountCurrency,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_adAccountId(std::move(adAccountId))
    , m_accountCurrency(std::move(accountCurrency))
    , m_rows(new BidFloorRowsModel(this))
{
    setWindowTitle(tr("Bid Floor Calculator"));
    setObjectName(QStringLiteral("bidFloorCalculator"));

    m_countries = new QLineEdit(this);
    m_countries->setPlaceholderText(tr("e.g. US, Germany"));
    m_countries->setAccessibleName(tr("Countries"));
    QStringList completions;
    for (const QString &code : enums::countries())
        completions << enums::countryName(code);
    auto *completer = new QCompleter(completions, m_countries);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_countries->setCompleter(completer);

    m_currency = comboOf(enums::currencyCodes(), {}, tr("Currency"), this);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(m_accountCurrency.code())));
    m_objective = comboOf(enums::objectiveTypes(), tr("Any objective"), tr("Objective"), this);
    m_billableEvent = comboOf(enums::actionTypes(), {}, tr("Billable event"), this);
    m_creativeType = comboOf(enums::creativeTypes(), tr("Any creative type"), tr("Creative type"), this);
    // Conversion campaigns are priced for the event they optimise for; other objectives have none.
    m_conversionEvent = comboOf(enums::conversionEvents(), {}, tr("Conversion event"), this);
    m_conversionEvent->setToolTip(tr("The optimization goal of conversion (WEB_CONVERSION) ad groups"));
    const auto updateConversion = [this] {
        m_conversionEvent->setEnabled(m_objective->currentData().toString() == QLatin1String("WEB_CONVERSION"));
    };
    connect(m_objective, &QComboBox::currentIndexChanged, this, updateConversion);
    updateConversion();

    auto *form = new QFormLayout;
    form->addRow(tr("&Countries:"), m_countries);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Billable event:"), m_billableEvent);
    form->addRow(tr("C&reative type:"), m_creativeType);
    form->addRow(tr("Con&version event:"), m_conversionEvent);

    auto *add = new QPushButton(tr("&Add Row"), this);
    auto *remove = new QPushButton(tr("Re&move Row"), this);
    m_check = new QPushButton(tr("Check &Floors"), this);
    m_check->setDefault(true);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(m_check);

    m_table = new QTableView(this);
    m_table->setModel(m_rows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Bid floor rows"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("bidFloorStatus"));

    m_useTargeting = new QCheckBox(tr("Price for a &targeting spec (applies to every row)"), this);
    m_targetingEditor = new TargetingSpecEditor(this);
    m_targetingEditor->setVisible(false);
    connect(m_useTargeting, &QCheckBox::toggled, m_targetingEditor, &QWidget::setVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(rowButtons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_useTargeting);
    layout->addWidget(m_targetingEditor, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &BidFloorCalculatorDialog::addRowFromForm);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            m_rows->removeRow(it->row());
    });
    connect(m_check, &QPushButton::clicked, this, &BidFloorCalculatorDialog::checkFloors);
    connect(m_countries, &QLineEdit::returnPressed, this, &BidFloorCalculatorDialog::addRowFromForm);
    resize(720, 480);
}

BidFloorCalculatorDialog::~BidFloorCalculatorDialog()
{
    if (m_request)
        m_request->cancel();
}

std::optional<QStringList> BidFloorCalculatorDialog::parseCountries(const QString &text, QString *error)
{
    QStringList codes;
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QString code;
        if (enums::isCountry(entry.toUpper())) {
            code = entry.toUpper();
        } else {
            for (const QString &candidate : enums::countries()) {
                if (enums::countryName(candidate).compare(entry, Qt::CaseInsensitive) == 0) {
                    code = candidate;
                    break;
                }
            }
        }
        if (code.isEmpty()) {
            if (error)
                *error = tr("\"%1\" is not a country Pinterest knows; use a name or a two-letter code.").arg(entry);
            return std::nullopt;
        }
        if (!codes.contains(code))
            codes << code;
    }
    if (codes.isEmpty()) {
        if (error)
            *error = tr("Enter at least one country.");
        return std::nullopt;
    }
    return codes;
}

bool BidFloorCalculatorDialog::addRowFromForm()
{
    QString error;
    const std::optional<QStringList> countries = parseCountries(m_countries->text(), &error);
    if (!countries) {
        showStatus(error, true);
        m_countries->setFocus();
        return false;
    }
    BidFloorSpec spec;
    spec.countries = *countries;
    spec.currency = Currency(m_currency->currentData().toString());
    spec.billableEvent = m_billableEvent->currentData().toString();
    if (!m_objective->currentData().toString().isEmpty())
        spec.objectiveType = m_objective->currentData().toString();
    if (!m_creativeType->currentData().toString().isEmpty())
        spec.creativeType = m_creativeType->currentData().toString();
    if (m_conversionEvent->isEnabled()) {
        ConversionTagGoalMetadata conversion;
        conversion.conversionEvent = m_conversionEvent->currentData().toString();
        OptimizationGoalMetadata goal;
        goal.conversionTagV3GoalMetadata = conversion;
        spec.optimizationGoalMetadata = goal;
    }
    m_rows->addRow(spec);
    m_countries->clear();
    showStatus(tr("%n row(s); press Check Floors to ask Pinterest.", nullptr, m_rows->rowCount()), false);
    return true;
}

void BidFloorCalculatorDialog::checkFloors()
{
    if (m_rows->rowCount() == 0 && !addRowFromForm())
        return;
    if (!m_client) {
        showStatus(tr("Not connected to Pinterest."), true);
        return;
    }
    if (m_request)
        m_request->cancel();
    BidFloorRequest body;
    body.bidFloorSpecs = m_rows->specs();
    if (m_useTargeting->isChecked()) {
        const QStringList problems = m_targetingEditor->problems();
        if (!problems.isEmpty()) {
            showStatus(tr("Fix the targeting first: %1").arg(problems.constFirst()), true);
            return;
        }
        body.targetingSpec = m_targetingEditor->spec();
    }
    m_rows->clearFloors();
    m_check->setEnabled(false);
    showStatus(tr("Asking Pinterest…"), false);
    auto *request = new FetchBidFloorsRequest(m_client, m_adAccountId, body);
    m_request = request;
    connect(request, &FetchBidFloorsRequest::finished, this, [this](const BidFloor &floors) {
        m_rows->setFloors(floors.floors());
        m_check->setEnabled(true);
        showStatus(tr("Floors as of %1. Bids below a floor are not delivered.")
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
        Q_EMIT floorsReady();
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_check->setEnabled(true);
        if (error.kind != ApiError::Kind::Cancelled)
            showStatus(error.userMessage(), true);
    });
    request->start();
}

void BidFloorCalculatorDialog::setTargetingSpec(const std::optional<TargetingSpec> &spec)
{
    m_useTargeting->setChecked(spec.has_value());
    if (spec)
        m_targetingEditor->setSpec(*spec);
}

QString BidFloorCalculatorDialog::statusText() const
{
    return m_status->text();
}

void BidFloorCalculatorDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Bold as well as red, so the error stands out on dark palettes and to colour-blind eyes.
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64541; font-weight: 600;") : QString());
}

} // namespace pinstripe
