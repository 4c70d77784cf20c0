<?php
/**
 * The rules for each of the widget's data-* attributes, the same rules the widget applies.
 *
 * Each momentum_valid_*() function takes what an author, an administrator or a block typed and
 * returns the value to print, or null when the widget would ignore it. The settings page, the
 * shortcode and the block all use these, so a value the widget would refuse never reaches a page.
 * Plain PHP only (no WordPress function), so wordpress/tests/rules-test.php can run them alone.
 *
 * @package Momentum
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The value without surrounding whitespace (Unicode spaces too, as the widget trims), or null
 * when it is not a string of valid UTF-8.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_trim( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$trimmed = preg_replace( '/^[\s\p{Z}\x{85}]+|[\s\p{Z}\x{85}]+$/u', '', $value );
	return is_string( $trimmed ) ? $trimmed : null;
}

/**
 * Whether $text is 1 to $max characters long (characters, not bytes).
 *
 * @param string $text Trimmed text.
 * @param int    $max  Most characters allowed.
 * @return bool
 */
function momentum_has_length( $text, $max ) {
	return 1 === preg_match( '/^.{1,' . (int) $max . '}$/su', $text );
}

/**
 * Whether $url has nothing that could end an HTML attribute or hide a different address:
 * no whitespace, quotes, angle brackets, backslashes or control characters anywhere.
 *
 * @param string $url Trimmed address.
 * @return bool
 */
function momentum_is_plain_address( $url ) {
	return 0 === preg_match( '/[\s\p{Z}\p{Cc}"\'<>\\\\]/u', $url );
}

/**
 * Whether $url is a path on this site: starts with one "/" and not "//" (which would be another
 * site). Backslashes are refused by momentum_is_plain_address().
 *
 * @param string $url Trimmed address.
 * @return bool
 */
function momentum_is_site_path( $url ) {
	return 1 === preg_match( '#^/(?!/)#', $url );
}

/**
 * Whether $url is an https:// address with something after the scheme.
 *
 * @param string $url Trimmed address.
 * @return bool
 */
function momentum_is_https( $url ) {
	return 1 === preg_match( '#^https://.#i', $url );
}

/**
 * Data-storage-key: 1-64 letters, digits, "-" or "_". Names the visitor's record.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_storage_key( $value ) {
	$key = momentum_trim( $value );
	return null !== $key && 1 === preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $key ) ? $key : null;
}

/**
 * Data-clinic-name: 1-80 characters. Who is speaking in the widget's text.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_clinic_name( $value ) {
	$name = momentum_trim( $value );
	return null !== $name && momentum_has_length( $name, 80 ) ? $name : null;
}

/**
 * Data-consult-url: a path on this site or an https:// address.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_consult_url( $value ) {
	$url = momentum_trim( $value );
	if ( null === $url || ! momentum_is_plain_address( $url ) ) {
		return null;
	}
	return momentum_is_site_path( $url ) || momentum_is_https( $url ) ? $url : null;
}

/**
 * Data-accent: a colour written #rgb or #rrggbb.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_accent( $value ) {
	$colour = momentum_trim( $value );
	return null !== $colour && 1 === preg_match( '/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i', $colour ) ? $colour : null;
}

/**
 * Data-week-start: monday or sunday, in any case; printed in lower case.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_week_start( $value ) {
	$day = momentum_trim( $value );
	$day = null === $day ? null : strtolower( $day );
	return in_array( $day, array( 'monday', 'sunday' ), true ) ? $day : null;
}

/**
 * Data-offline: on or off, in any case; printed in lower case.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_offline( $value ) {
	$switch = momentum_trim( $value );
	$switch = null === $switch ? null : strtolower( $switch );
	return in_array( $switch, array( 'on', 'off' ), true ) ? $switch : null;
}

/**
 * Data-offline-scope: a path on this site, where the offline copy should work.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_offline_scope( $value ) {
	$path = momentum_trim( $value );
	return null !== $path && momentum_is_plain_address( $path ) && momentum_is_site_path( $path ) ? $path : null;
}

/**
 * Data-lang: en or es; a region (es-MX) counts as its language. Printed as the bare language.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_lang( $value ) {
	$tag = momentum_trim( $value );
	if ( null === $tag || 1 !== preg_match( '/^(en|es)(?:-[a-z0-9]{1,8})*$/i', $tag, $match ) ) {
		return null;
	}
	return strtolower( $match[1] );
}

/**
 * Data-support-text: 1-80 characters, the clinic's crisis or support line ("Call or text 988").
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_support_text( $value ) {
	return momentum_valid_clinic_name( $value );
}

/**
 * Data-support-url: tel: or sms: and a number (digits, spaces and + - . ( ) * #), or an
 * https:// address.
 *
 * @param mixed $value What was typed.
 * @return string|null
 */
function momentum_valid_support_url( $value ) {
	$url = momentum_trim( $value );
	if ( null === $url ) {
		return null;
	}
	if ( 1 === preg_match( '/^(?:tel|sms):[0-9+\-.()*# ]+$/i', $url ) ) {
		return 1 === preg_match( '/[0-9]/', $url ) ? $url : null;
	}
	return momentum_is_plain_address( $url ) && momentum_is_https( $url ) ? $url : null;
}
