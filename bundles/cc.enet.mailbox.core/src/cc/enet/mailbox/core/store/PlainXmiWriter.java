package cc.enet.mailbox.core.store;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Writes a customer file exactly as EMF's XMI serializer does with the store's options (UTF-8, lines of 120), for
 * the plain case every customer file is: one root object, containment and values only, text without characters that
 * need escaping. A first save writes thousands of such files, and EMF's general serializer (options, name tables,
 * namespaces, its large methods compiled by the JIT while the save runs) cost more than the files' content; this one
 * walks the objects once. Anything else (a reference, a subtype, an ID, a null, a character to escape) is left to
 * EMF: {@link #write} then says no, and the caller saves the resource the usual way. A test holds the two to the same
 * bytes.
 */
final class PlainXmiWriter {

	private static final int LINE_WIDTH = 120;
	/** What EMF's XMLString ends lines with when no delimiter is given. */
	private static final String NL = System.getProperty("line.separator");

	private final StringBuilder out = new StringBuilder(64 * 1024);
	private int lineStart;
	private XMLResource resource;

	/**
	 * The resource's XMI, or null when it is not the plain case. The text is this writer's buffer, valid until its
	 * next call: the caller encodes it where it wants the bytes, without a copy in between.
	 */
	StringBuilder write(Resource resource) {
		out.setLength(0);
		lineStart = 0;
		EList<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(resource instanceof XMLResource xml)) {
			return null;
		}
		this.resource = xml;
		EObject root = contents.get(0);
		EClass eClass = root.eClass();
		String prefix = eClass.getEPackage().getNsPrefix();
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(NL);
		lineStart = out.length();
		out.append('<').append(prefix).append(':').append(eClass.getName());
		int declarations = out.length();
		out.append(" xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:").append(prefix).append("=\"")
				.append(eClass.getEPackage().getNsURI()).append('"');
		// EMF inserts the version and the namespaces once the document is written: they do not count towards the width
		lineStart += out.length() - declarations;
		if (!object(root, prefix + ":" + eClass.getName(), 0)) {
			return null;
		}
		out.append(NL);
		return out;
	}

	/** The object's attributes after its start tag (written by the caller), then its elements and end tag. */
	private boolean object(EObject object, String tag, int depth) {
		if (resource.getID(object) != null) {
			return false; // an xmi:id: EMF's
		}
		List<EStructuralFeature> features = object.eClass().getEAllStructuralFeatures();
		boolean content = false;
		for (EStructuralFeature feature : features) {
			Kind kind = kind(object, feature);
			if (kind == Kind.UNPLAIN) {
				return false;
			}
			if (kind == Kind.ATTRIBUTE) {
				String value = text(feature, object.eGet(feature));
				if (value == null) {
					return false;
				}
				attribute(feature.getName(), value, depth);
			} else if (kind != Kind.SKIP) {
				content = true;
			}
		}
		if (!content) {
			out.append("/>");
			return true;
		}
		out.append('>');
		for (EStructuralFeature feature : features) {
			Kind kind = kind(object, feature);
			if (kind == Kind.VALUES && !values(feature, (List<?>) object.eGet(feature), depth + 1)) {
				return false;
			}
			if (kind == Kind.CHILD && !child(feature, (EObject) object.eGet(feature), depth + 1)) {
				return false;
			}
			if (kind == Kind.CHILDREN) {
				for (Object child : (List<?>) object.eGet(feature)) {
					if (!child(feature, (EObject) child, depth + 1)) {
						return false;
					}
				}
			}
		}
		newLine(depth);
		out.append("</").append(tag).append('>');
		return true;
	}

	/** How a feature of an object is written: not at all, as an attribute, as elements; UNPLAIN: by EMF. */
	private enum Kind {
		UNPLAIN, SKIP, ATTRIBUTE, VALUES, CHILD, CHILDREN
	}

	private static Kind kind(EObject object, EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived()
				|| (feature instanceof EReference reference && reference.isContainer())) {
			return Kind.SKIP;
		}
		if (!object.eIsSet(feature)) {
			return Kind.SKIP;
		}
		if (feature instanceof EAttribute) {
			return feature.isMany() ? Kind.VALUES : Kind.ATTRIBUTE;
		}
		EReference reference = (EReference) feature;
		if (!reference.isContainment()) {
			return Kind.UNPLAIN; // an href or an IDREF: EMF's
		}
		return reference.isMany() ? Kind.CHILDREN : Kind.CHILD;
	}

	private boolean child(EStructuralFeature feature, EObject child, int depth) {
		if (child == null || child.eClass() != ((EReference) feature).getEReferenceType()
				|| ((InternalEObject) child).eDirectResource() != null) {
			return false; // xsi:type, or a child with a file of its own: EMF's
		}
		newLine(depth);
		out.append('<').append(feature.getName());
		return object(child, feature.getName(), depth);
	}

	private boolean values(EStructuralFeature feature, List<?> values, int depth) {
		for (Object value : values) {
			String text = text(feature, value);
			if (text == null) {
				return false;
			}
			newLine(depth);
			out.append('<').append(feature.getName()).append('>').append(text).append("</").append(feature.getName())
					.append('>');
		}
		return true;
	}

	/** An attribute, on a line of its own (indented twice more than its element) once the line is past the width. */
	private void attribute(String name, String value, int depth) {
		if (out.length() - lineStart > LINE_WIDTH) {
			newLine(depth + 2);
		} else {
			out.append(' ');
		}
		out.append(name).append("=\"").append(value).append('"');
	}

	private void newLine(int depth) {
		out.append(NL);
		lineStart = out.length();
		for (int i = 0; i < depth; i++) {
			out.append("  ");
		}
	}

	/** The value as EMF writes it, or null when it is null or holds a character EMF would escape. */
	private static String text(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof String s ? s : EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || Character.isSurrogate(c)
					|| c >= 0xFFFE || (c >= 0x7F && c <= 0x9F)) {
				return null;
			}
		}
		return text;
	}
}
