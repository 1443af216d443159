package io.github.webrtcsdk.sessions.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Just enough DOM to read poms and repository metadata: child paths such as {@code a/b/c}. */
final class Xml {
  private Xml() {}

  static Document parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("Not well-formed XML: " + file, e);
    }
  }

  /** The elements at {@code path} below {@code parent}, in document order. */
  static List<Element> elements(Element parent, String path) {
    List<Element> current = List.of(parent);
    for (String name : path.split("/")) {
      List<Element> next = new ArrayList<>();
      for (Element element : current) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element && name.equals(child.getNodeName())) {
            next.add((Element) child);
          }
        }
      }
      current = next;
    }
    return current;
  }

  /** The trimmed text of the first element at {@code path}, or "" when there is none. */
  static String text(Element parent, String path) {
    List<Element> found = elements(parent, path);
    return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
  }

  /** The names of the child elements of {@code parent}, in document order. */
  static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        names.add(child.getNodeName());
      }
    }
    return names;
  }

  static boolean has(Element parent, String path) {
    return !elements(parent, path).isEmpty();
  }
}
