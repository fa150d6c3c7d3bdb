package cc.enet.mailbox.clientconfig.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds XML with the JDK's DOM, so escaping is never hand-made, and writes it indented as UTF-8. */
public final class XmlOutput {

	private XmlOutput() {
	}

	public static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Appends {@code <name>text</name>} (in the parent's namespace) and returns it. */
	public static Element add(Element parent, String name, Object text) {
		Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
		if (text != null) {
			child.setTextContent(String.valueOf(text));
		}
		parent.appendChild(child);
		return child;
	}

	public static Element add(Element parent, String name) {
		return add(parent, name, null);
	}

	public static void write(Document document, OutputStream out) throws IOException {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			// the JDK writes the declaration and the root element on one line: write it ourselves
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII));
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			transformer.transform(new DOMSource(document), new StreamResult(out));
		} catch (TransformerException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
