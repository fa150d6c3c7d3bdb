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
 * A representation of the literals of the enumeration '<em><b>Auth Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see cc.enet.mailbox.MailboxPackage#getAuthMethod()
 * @model
 * @generated
 */
public enum AuthMethod implements Enumerator {
	/**
	 * The '<em><b>NORMAL PASSWORD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_PASSWORD_VALUE
	 * @generated
	 * @ordered
	 */
	NORMAL_PASSWORD(0, "NORMAL_PASSWORD", "NORMAL_PASSWORD"),

	/**
	 * The '<em><b>APOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APOP_VALUE
	 * @generated
	 * @ordered
	 */
	APOP(1, "APOP", "APOP"),

	/**
	 * The '<em><b>CRAM MD5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRAM_MD5_VALUE
	 * @generated
	 * @ordered
	 */
	CRAM_MD5(2, "CRAM_MD5", "CRAM_MD5"),

	/**
	 * The '<em><b>NTLM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTLM_VALUE
	 * @generated
	 * @ordered
	 */
	NTLM(3, "NTLM", "NTLM"),

	/**
	 * The '<em><b>KERBEROS GSSAPI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERBEROS_GSSAPI_VALUE
	 * @generated
	 * @ordered
	 */
	KERBEROS_GSSAPI(4, "KERBEROS_GSSAPI", "KERBEROS_GSSAPI"),

	/**
	 * The '<em><b>SPA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPA_VALUE
	 * @generated
	 * @ordered
	 */
	SPA(5, "SPA", "SPA");

	/**
	 * The '<em><b>NORMAL PASSWORD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_PASSWORD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMAL_PASSWORD_VALUE = 0;

	/**
	 * The '<em><b>APOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APOP_VALUE = 1;

	/**
	 * The '<em><b>CRAM MD5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRAM_MD5
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRAM_MD5_VALUE = 2;

	/**
	 * The '<em><b>NTLM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTLM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NTLM_VALUE = 3;

	/**
	 * The '<em><b>KERBEROS GSSAPI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KERBEROS_GSSAPI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KERBEROS_GSSAPI_VALUE = 4;

	/**
	 * The '<em><b>SPA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPA_VALUE = 5;

	/**
	 * An array of all the '<em><b>Auth Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AuthMethod[] VALUES_ARRAY =
		new AuthMethod[] {
			NORMAL_PASSWORD,
			APOP,
			CRAM_MD5,
			NTLM,
			KERBEROS_GSSAPI,
			SPA,
		};

	/**
	 * A public read-only list of all the '<em><b>Auth Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AuthMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Auth Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Auth Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AuthMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Auth Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AuthMethod get(int value) {
		switch (value) {
			case NORMAL_PASSWORD_VALUE: return NORMAL_PASSWORD;
			case APOP_VALUE: return APOP;
			case CRAM_MD5_VALUE: return CRAM_MD5;
			case NTLM_VALUE: return NTLM;
			case KERBEROS_GSSAPI_VALUE: return KERBEROS_GSSAPI;
			case SPA_VALUE: return SPA;
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
	private AuthMethod(int value, String name, String literal) {
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
	
} //AuthMethod
