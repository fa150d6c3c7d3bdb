package cc.enet.mailbox.clientconfig.tests;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads a written file back with the JDK's own parser and XPath, as a client would. */
final class Xml {

	private final Document document;
	private final XPath xpath = XPathFactory.newInstance().newXPath();

	Xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false); // XPath without prefixes; the namespaces are checked on their own
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	Document document() {
		return document;
	}

	String text(String path) throws Exception {
		return xpath.evaluate(path, document);
	}

	int count(String path) throws Exception {
		return ((NodeList) xpath.evaluate(path, document, XPathConstants.NODESET)).getLength();
	}
}
