package org.anquan.exam.bank.control;

import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.paper.control.ItemType;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Items as an IMS QTI 2.1 content package, the format other exam systems import: a zip with
 * {@code imsmanifest.xml} and one {@code assessmentItem} file per item. Options become choices A, B, C …, scored
 * all-or-nothing by the standard match_correct template, as the exam engine grades them too.
 */
public final class QtiPackage {

    public static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static final String CONTENT_PACKAGE = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static final String ITEM_RESOURCE = "imsqti_item_xmlv2p1";
    public static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rp_templates/match_correct";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final int TITLE_LENGTH = 60;

    /** An item to export under its id. */
    public record Entry(long itemId, ItemContent content) {
    }

    private QtiPackage() {
    }

    public static String identifier(long itemId) {
        return "item-" + itemId;
    }

    public static String fileName(long itemId) {
        return identifier(itemId) + ".xml";
    }

    public static String choiceIdentifier(int optionIndex) {
        return String.valueOf((char) ('A' + optionIndex));
    }

    /** The package; {@code identifier} names it in the manifest (an XML name, e.g. {@code subject-7}). */
    public static byte[] write(String identifier, List<Entry> items) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest(identifier, items));
            zip.closeEntry();
            for (Entry item : items) {
                zip.putNextEntry(new ZipEntry(fileName(item.itemId())));
                zip.write(assessmentItem(item));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] manifest(String identifier, List<Entry> items) {
        return xml(w -> {
            w.setDefaultNamespace(CONTENT_PACKAGE);
            w.writeStartElement(CONTENT_PACKAGE, "manifest");
            w.writeDefaultNamespace(CONTENT_PACKAGE);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation",
                    CONTENT_PACKAGE + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
            w.writeAttribute("identifier", identifier);
            w.writeStartElement(CONTENT_PACKAGE, "metadata");
            element(w, CONTENT_PACKAGE, "schema", "QTIv2.1 Package");
            element(w, CONTENT_PACKAGE, "schemaversion", "1.0.0");
            w.writeEndElement();
            w.writeEmptyElement(CONTENT_PACKAGE, "organizations");
            w.writeStartElement(CONTENT_PACKAGE, "resources");
            for (Entry item : items) {
                w.writeStartElement(CONTENT_PACKAGE, "resource");
                w.writeAttribute("identifier", identifier(item.itemId()));
                w.writeAttribute("type", ITEM_RESOURCE);
                w.writeAttribute("href", fileName(item.itemId()));
                w.writeEmptyElement(CONTENT_PACKAGE, "file");
                w.writeAttribute("href", fileName(item.itemId()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static byte[] assessmentItem(Entry item) {
        ItemContent content = item.content();
        boolean multiple = content.type() == ItemType.MULTIPLE_CHOICE;
        return xml(w -> {
            w.setDefaultNamespace(QTI);
            w.writeStartElement(QTI, "assessmentItem");
            w.writeDefaultNamespace(QTI);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation",
                    QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
            w.writeAttribute("identifier", identifier(item.itemId()));
            w.writeAttribute("title", title(content.stem()));
            w.writeAttribute("adaptive", "false");
            w.writeAttribute("timeDependent", "false");
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "zh-CN");

            w.writeStartElement(QTI, "responseDeclaration");
            w.writeAttribute("identifier", "RESPONSE");
            w.writeAttribute("cardinality", multiple ? "multiple" : "single");
            w.writeAttribute("baseType", "identifier");
            w.writeStartElement(QTI, "correctResponse");
            for (int index : content.correct().stream().sorted().toList()) {
                element(w, QTI, "value", choiceIdentifier(index));
            }
            w.writeEndElement();
            w.writeEndElement();

            w.writeStartElement(QTI, "outcomeDeclaration");
            w.writeAttribute("identifier", "SCORE");
            w.writeAttribute("cardinality", "single");
            w.writeAttribute("baseType", "float");
            w.writeStartElement(QTI, "defaultValue");
            element(w, QTI, "value", "0");
            w.writeEndElement();
            w.writeEndElement();

            w.writeStartElement(QTI, "itemBody");
            w.writeStartElement(QTI, "choiceInteraction");
            w.writeAttribute("responseIdentifier", "RESPONSE");
            w.writeAttribute("shuffle", String.valueOf(content.type().shufflesOptions()));
            w.writeAttribute("maxChoices", multiple ? "0" : "1");
            element(w, QTI, "prompt", content.stem());
            for (int k = 0; k < content.options().size(); k++) {
                w.writeStartElement(QTI, "simpleChoice");
                w.writeAttribute("identifier", choiceIdentifier(k));
                w.writeCharacters(text(content.options().get(k)));
                w.writeEndElement();
            }
            w.writeEndElement();
            if (content.explanation() != null && !content.explanation().isBlank()) {
                w.writeStartElement(QTI, "rubricBlock");
                w.writeAttribute("view", "scorer tutor");
                element(w, QTI, "p", content.explanation());
                w.writeEndElement();
            }
            w.writeEndElement();

            w.writeEmptyElement(QTI, "responseProcessing");
            w.writeAttribute("template", MATCH_CORRECT);
            w.writeEndElement();
        });
    }

    private interface Writing {
        void to(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writing.to(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String namespace, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(namespace, name);
        w.writeCharacters(text(text));
        w.writeEndElement();
    }

    private static String title(String stem) {
        String line = text(stem).strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= TITLE_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    /** Drops what XML 1.0 cannot carry (control characters pasted from elsewhere); the writer would pass it on. */
    private static String text(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
