package cc.enet.mailbox.core.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import cc.enet.mailbox.MailboxPackage;

/**
 * SHA-256 of the model's shape (every class, feature, type and enum literal): a cache made by another version of
 * the model is never read.
 */
final class ModelFingerprint {

	private static final byte[] VALUE = compute();

	private ModelFingerprint() {
	}

	static byte[] get() {
		return VALUE.clone();
	}

	private static byte[] compute() {
		StringBuilder shape = new StringBuilder(MailboxPackage.eNS_URI).append('\n');
		for (EClassifier classifier : MailboxPackage.eINSTANCE.getEClassifiers()) {
			shape.append(classifier.eClass().getName()).append(' ').append(classifier.getName()).append('\n');
			if (classifier instanceof EClass type) {
				type.getESuperTypes().forEach(s -> shape.append(" super ").append(s.getName()).append('\n'));
				for (EStructuralFeature feature : type.getEStructuralFeatures()) {
					shape.append(' ').append(feature.getName()).append(':').append(feature.getEType().getName())
							.append(feature.isMany() ? "*" : "").append(feature.isTransient() ? " transient" : "")
							.append(feature.isUnsettable() ? " unsettable" : "")
							.append(feature instanceof EReference r && r.isContainment() ? " containment" : "")
							.append(" default=").append(feature.getDefaultValueLiteral()).append('\n');
				}
			} else if (classifier instanceof EEnum enumeration) {
				enumeration.getELiterals().forEach(
						l -> shape.append(' ').append(l.getName()).append('=').append(l.getValue()).append('\n'));
			}
		}
		return HexFormat.of().parseHex(FileHash.of(shape.toString().getBytes(StandardCharsets.UTF_8)));
	}
}
