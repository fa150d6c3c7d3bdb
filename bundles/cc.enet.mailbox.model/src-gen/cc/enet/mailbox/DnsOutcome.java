/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dns Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see cc.enet.mailbox.MailboxPackage#getDnsOutcome()
 * @model
 * @generated
 */
public enum DnsOutcome implements Enumerator {
	/**
	 * The '<em><b>ENET MX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENET_MX_VALUE
	 * @generated
	 * @ordered
	 */
	ENET_MX(0, "ENET_MX", "ENET_MX"),

	/**
	 * The '<em><b>MX ELSEWHERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MX_ELSEWHERE_VALUE
	 * @generated
	 * @ordered
	 */
	MX_ELSEWHERE(1, "MX_ELSEWHERE", "MX_ELSEWHERE"),

	/**
	 * The '<em><b>NO MX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_MX_VALUE
	 * @generated
	 * @ordered
	 */
	NO_MX(2, "NO_MX", "NO_MX"),

	/**
	 * The '<em><b>NXDOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NXDOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	NXDOMAIN(3, "NXDOMAIN", "NXDOMAIN");

	/**
	 * The '<em><b>ENET MX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENET_MX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENET_MX_VALUE = 0;

	/**
	 * The '<em><b>MX ELSEWHERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MX_ELSEWHERE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MX_ELSEWHERE_VALUE = 1;

	/**
	 * The '<em><b>NO MX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_MX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_MX_VALUE = 2;

	/**
	 * The '<em><b>NXDOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NXDOMAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NXDOMAIN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Dns Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DnsOutcome[] VALUES_ARRAY =
		new DnsOutcome[] {
			ENET_MX,
			MX_ELSEWHERE,
			NO_MX,
			NXDOMAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Dns Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DnsOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dns Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DnsOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DnsOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dns Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DnsOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DnsOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dns Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DnsOutcome get(int value) {
		switch (value) {
			case ENET_MX_VALUE: return ENET_MX;
			case MX_ELSEWHERE_VALUE: return MX_ELSEWHERE;
			case NO_MX_VALUE: return NO_MX;
			case NXDOMAIN_VALUE: return NXDOMAIN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DnsOutcome(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DnsOutcome
