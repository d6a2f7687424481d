package org.migrationmptf.monitoring.service.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an IATI 2.03 activity file with StAX, indented, in the element order of iati-activities-schema.xsd. */
public final class IatiWriter {

    public static final String VERSION = "2.03";

    private final XMLStreamWriter xml;
    private int depth;
    private boolean lastWasStart;

    private IatiWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes the activities in the order given, each as it comes (they need not all be in memory at once). */
    public static void write(OffsetDateTime generated, IatiActivity.Org reportingOrg, Iterable<IatiActivity> activities,
                             OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            IatiWriter writer = new IatiWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            writer.start("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime",
                    generated.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (IatiActivity activity : activities) {
                writer.activity(activity, reportingOrg, generated);
            }
            writer.end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the IATI activity file", e);
        }
    }

    private void activity(IatiActivity a, IatiActivity.Org reportingOrg, OffsetDateTime generated)
            throws XMLStreamException {
        start("iati-activity");
        xml.writeAttribute("last-updated-datetime",
                generated.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", "USD");
        xml.writeAttribute("hierarchy", "1");
        textElement("iati-identifier", a.identifier());
        start("reporting-org");
        xml.writeAttribute("ref", reportingOrg.ref());
        xml.writeAttribute("type", reportingOrg.type());
        narrative(reportingOrg.name());
        end();
        start("title");
        narrative(a.title());
        end();
        start("description");
        xml.writeAttribute("type", "1");
        narrative(a.description());
        end();
        for (IatiActivity.Participant p : a.participants()) {
            start("participating-org");
            org(p.org());
            xml.writeAttribute("role", Integer.toString(p.role()));
            narrative(p.org().name());
            end();
        }
        empty("activity-status", "code", Integer.toString(a.status()));
        for (IatiActivity.ActivityDate date : a.dates()) {
            empty("activity-date", "type", Integer.toString(date.type()), "iso-date", date.date().toString());
        }
        empty("activity-scope", "code", Integer.toString(a.scope()));
        for (IatiActivity.Share country : a.countries()) {
            empty("recipient-country", "code", country.code(), "percentage", decimal(country.percentage()));
        }
        for (IatiActivity.Share region : a.regions()) {
            empty("recipient-region", "code", region.code(), "vocabulary", region.vocabulary(), "percentage",
                    decimal(region.percentage()));
        }
        empty("sector", "vocabulary", "1", "code", a.sector(), "percentage", "100");
        if (a.budget() != null) {
            IatiActivity.Budget b = a.budget();
            start("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "2");
            empty("period-start", "iso-date", b.start().toString());
            empty("period-end", "iso-date", b.end().toString());
            value(b.value(), b.currency(), b.valueDate());
            end();
        }
        for (IatiActivity.Transaction t : a.transactions()) {
            start("transaction");
            empty("transaction-type", "code", Integer.toString(t.type()));
            empty("transaction-date", "iso-date", t.date().toString());
            value(t.value(), t.currency(), t.date());
            if (t.description() != null) {
                start("description");
                narrative(t.description());
                end();
            }
            orgElement("provider-org", t.provider());
            orgElement("receiver-org", t.receiver());
            end();
        }
        for (IatiActivity.Result r : a.results()) {
            result(r);
        }
        end();
    }

    private void result(IatiActivity.Result r) throws XMLStreamException {
        start("result");
        xml.writeAttribute("type", Integer.toString(r.type()));
        start("title");
        narrative(r.title());
        end();
        for (IatiActivity.Indicator i : r.indicators()) {
            boolean qualitative = i.measure() == 5;
            start("indicator");
            xml.writeAttribute("measure", Integer.toString(i.measure()));
            start("title");
            narrative(i.title());
            end();
            if (i.description() != null) {
                start("description");
                narrative(i.description());
                end();
            }
            if (i.baselineYear() != null && i.baseline() != null) {
                start("baseline");
                xml.writeAttribute("year", i.baselineYear().toString());
                measured(qualitative, i.baseline(), null);
                end();
            }
            if (i.periodStart() != null && i.periodEnd() != null && (i.target() != null || i.actual() != null)) {
                start("period");
                empty("period-start", "iso-date", i.periodStart().toString());
                empty("period-end", "iso-date", i.periodEnd().toString());
                if (i.target() != null) {
                    start("target");
                    measured(qualitative, i.target(), null);
                    end();
                }
                if (i.actual() != null) {
                    start("actual");
                    measured(qualitative, i.actual(), i.actualComment());
                    end();
                }
                end();
            }
            end();
        }
        end();
    }

    /** A number as the value attribute; words (a qualitative indicator) as a comment. */
    private void measured(boolean qualitative, String value, String comment) throws XMLStreamException {
        if (qualitative) {
            start("comment");
            narrative(comment == null ? value : value + " (" + comment + ")");
            end();
        } else {
            xml.writeAttribute("value", value);
            if (comment != null) {
                start("comment");
                narrative(comment);
                end();
            }
        }
    }

    private void orgElement(String name, IatiActivity.Org org) throws XMLStreamException {
        if (org == null) {
            return;
        }
        start(name);
        org(org);
        narrative(org.name());
        end();
    }

    private void org(IatiActivity.Org org) throws XMLStreamException {
        if (org.ref() != null) {
            xml.writeAttribute("ref", org.ref());
        }
        if (org.type() != null) {
            xml.writeAttribute("type", org.type());
        }
    }

    private void value(BigDecimal amount, String currency, java.time.LocalDate valueDate) throws XMLStreamException {
        start("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
        depth--;
        lastWasStart = false;
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void narrative(String text) throws XMLStreamException {
        textElement("narrative", text == null ? "" : text);
    }

    private void textElement(String name, String text) throws XMLStreamException {
        start(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        depth--;
        lastWasStart = false;
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        lastWasStart = false;
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
        lastWasStart = true;
    }

    private void end() throws XMLStreamException {
        depth--;
        if (!lastWasStart) {
            indent();
        }
        xml.writeEndElement();
        lastWasStart = false;
    }

    private void indent() throws XMLStreamException {
        if (depth > 0 || lastWasStart) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
