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
 * A representation of the literals of the enumeration '<em><b>Retention</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see cc.enet.mailbox.MailboxPackage#getRetention()
 * @model
 * @generated
 */
public enum Retention implements Enumerator {
	/**
	 * The '<em><b>DELETE AFTER DOWNLOAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETE_AFTER_DOWNLOAD_VALUE
	 * @generated
	 * @ordered
	 */
	DELETE_AFTER_DOWNLOAD(0, "DELETE_AFTER_DOWNLOAD", "DELETE_AFTER_DOWNLOAD"),

	/**
	 * The '<em><b>LEAVE DAYS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_DAYS_VALUE
	 * @generated
	 * @ordered
	 */
	LEAVE_DAYS(1, "LEAVE_DAYS", "LEAVE_DAYS"),

	/**
	 * The '<em><b>LEAVE FOREVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_FOREVER_VALUE
	 * @generated
	 * @ordered
	 */
	LEAVE_FOREVER(2, "LEAVE_FOREVER", "LEAVE_FOREVER");

	/**
	 * The '<em><b>DELETE AFTER DOWNLOAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETE_AFTER_DOWNLOAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELETE_AFTER_DOWNLOAD_VALUE = 0;

	/**
	 * The '<em><b>LEAVE DAYS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_DAYS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAVE_DAYS_VALUE = 1;

	/**
	 * The '<em><b>LEAVE FOREVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_FOREVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAVE_FOREVER_VALUE = 2;

	/**
	 * An array of all the '<em><b>Retention</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Retention[] VALUES_ARRAY =
		new Retention[] {
			DELETE_AFTER_DOWNLOAD,
			LEAVE_DAYS,
			LEAVE_FOREVER,
		};

	/**
	 * A public read-only list of all the '<em><b>Retention</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Retention> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retention</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Retention get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Retention result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Retention getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Retention result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Retention get(int value) {
		switch (value) {
			case DELETE_AFTER_DOWNLOAD_VALUE: return DELETE_AFTER_DOWNLOAD;
			case LEAVE_DAYS_VALUE: return LEAVE_DAYS;
			case LEAVE_FOREVER_VALUE: return LEAVE_FOREVER;
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
	private Retention(int value, String name, String literal) {
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
	
} //Retention
