package dev.retort.autogen.discovery;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every {@code META-INF/persistence.xml} on a class path. Every unit counts: Retort reads one schema
 * for the whole class path, so a file with several units contributes the classes and mapping files of all
 * of them. Only {@code <class>} and {@code <mapping-file>} are read; {@code <jar-file>} and the unit's
 * properties are not.
 */
final class PersistenceXml {
  static final String RESOURCE = "META-INF/persistence.xml";

  private PersistenceXml() {}

  static List<PersistenceUnit> read(ClassLoader loader) {
    List<PersistenceUnit> units = new ArrayList<>();
    try {
      for (URL source : Collections.list(loader.getResources(RESOURCE))) {
        units.addAll(units(source));
      }
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot list " + RESOURCE + " on the entities' class path: "
          + e.getMessage() + ". Nothing was written. Check the --classpath entries, then rerun.", e);
    }
    return units;
  }

  private static List<PersistenceUnit> units(URL source) {
    Document document;
    try (InputStream in = source.openStream()) {
      document = parser().parse(in, source.toExternalForm());
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Cannot read " + source + ": " + e.getMessage()
          + ". Nothing was written. Fix the file (or remove it from the class path), then rerun.", e);
    }
    List<PersistenceUnit> units = new ArrayList<>();
    NodeList elements = document.getElementsByTagNameNS("*", "persistence-unit");
    for (int i = 0; i < elements.getLength(); i++) {
      Element unit = (Element) elements.item(i);
      units.add(new PersistenceUnit(source, unit.getAttribute("name"), texts(unit, "class"),
          texts(unit, "mapping-file")));
    }
    return units;
  }

  private static List<String> texts(Element unit, String child) {
    List<String> texts = new ArrayList<>();
    NodeList elements = unit.getElementsByTagNameNS("*", child);
    for (int i = 0; i < elements.getLength(); i++) {
      String text = elements.item(i).getTextContent().strip();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** Namespace-aware, and closed to DTDs and external entities: the file comes from a third-party jar. */
  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // the default handler prints to stderr before throwing; the error message says it once
    builder.setErrorHandler(new DefaultHandler() {
      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    return builder;
  }
}
