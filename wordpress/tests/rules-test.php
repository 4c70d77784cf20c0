<?php
/**
 * The attribute rules (wordpress/momentum/includes/rules.php) against the widget's rules, in
 * plain PHP: `php wordpress/tests/rules-test.php`. Each case is [function, input, expected],
 * expected null meaning "refused".
 *
 * @package Momentum
 */

// phpcs:disable WordPress.Security.EscapeOutput, WordPress.WP.AlternativeFunctions, WordPress.PHP.DevelopmentFunctions -- a command-line test.

define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__ ) . '/momentum/includes/rules.php';

$cases = array(
	array( 'storage_key', 'default', 'default' ),
	array( 'storage_key', ' walking-group_2 ', 'walking-group_2' ),
	array( 'storage_key', str_repeat( 'a', 64 ), str_repeat( 'a', 64 ) ),
	array( 'storage_key', str_repeat( 'a', 65 ), null ),
	array( 'storage_key', '', null ),
	array( 'storage_key', '../etc', null ),
	array( 'storage_key', 'a b', null ),
	array( 'storage_key', array( 'x' ), null ),

	array( 'clinic_name', '  Avesta Ketamine and Wellness ', 'Avesta Ketamine and Wellness' ),
	array( 'clinic_name', 'Clínica Señora Núñez', 'Clínica Señora Núñez' ),
	array( 'clinic_name', str_repeat( 'ñ', 80 ), str_repeat( 'ñ', 80 ) ),
	array( 'clinic_name', str_repeat( 'ñ', 81 ), null ),
	array( 'clinic_name', "\u{00A0} \t", null ),
	array( 'clinic_name', 'x" onmouseover="alert(1)', 'x" onmouseover="alert(1)' ),
	array( 'clinic_name', "\xff\xfe", null ),

	array( 'consult_url', '/contact/', '/contact/' ),
	array( 'consult_url', '/', '/' ),
	array( 'consult_url', 'https://clinic.example/book?x=1&y=2', 'https://clinic.example/book?x=1&y=2' ),
	array( 'consult_url', 'HTTPS://clinic.example/', 'HTTPS://clinic.example/' ),
	array( 'consult_url', 'http://clinic.example/', null ),
	array( 'consult_url', 'https://', null ),
	array( 'consult_url', '//evil.example/', null ),
	array( 'consult_url', '/\\evil.example/', null ),
	array( 'consult_url', 'javascript:alert(1)', null ),
	array( 'consult_url', ' javascript:alert(1)', null ),
	array( 'consult_url', 'data:text/html,hi', null ),
	array( 'consult_url', 'contact', null ),
	array( 'consult_url', '/a b', null ),
	array( 'consult_url', '/a"onmouseover="x', null ),
	array( 'consult_url', "/a'b", null ),
	array( 'consult_url', '/a<b', null ),
	array( 'consult_url', 'https://a.example/>', null ),
	array( 'consult_url', "https://a.example/\u{2003}x", null ),
	array( 'consult_url', "/\x1bvil.example/", null ),
	array( 'consult_url', "/a\x7f", null ),

	array( 'accent', '#1d6b64', '#1d6b64' ),
	array( 'accent', '#ABC', '#ABC' ),
	array( 'accent', '1d6b64', null ),
	array( 'accent', '#1d6b6', null ),
	array( 'accent', 'red', null ),
	array( 'accent', '#fff; background:url(x)', null ),

	array( 'week_start', 'Sunday', 'sunday' ),
	array( 'week_start', 'MONDAY', 'monday' ),
	array( 'week_start', 'wednesday', null ),

	array( 'offline', 'OFF', 'off' ),
	array( 'offline', 'on', 'on' ),
	array( 'offline', 'no', null ),

	array( 'offline_scope', '/', '/' ),
	array( 'offline_scope', '/blog/', '/blog/' ),
	array( 'offline_scope', '//evil.example/', null ),
	array( 'offline_scope', 'https://clinic.example/', null ),
	array( 'offline_scope', 'blog/', null ),

	array( 'lang', 'es', 'es' ),
	array( 'lang', 'es-MX', 'es' ),
	array( 'lang', 'EN-gb', 'en' ),
	array( 'lang', 'fr', null ),
	array( 'lang', 'english', null ),
	array( 'lang', 'es_MX', null ),

	array( 'support_text', 'Call or text 988', 'Call or text 988' ),
	array( 'support_text', '', null ),
	array( 'support_text', str_repeat( 'x', 81 ), null ),

	array( 'support_url', 'tel:988', 'tel:988' ),
	array( 'support_url', 'tel:+1 (800) 273-8255', 'tel:+1 (800) 273-8255' ),
	array( 'support_url', 'sms:741741', 'sms:741741' ),
	array( 'support_url', 'tel:*99#', 'tel:*99#' ),
	array( 'support_url', 'https://988lifeline.org/', 'https://988lifeline.org/' ),
	array( 'support_url', 'tel:', null ),
	array( 'support_url', 'tel:+-', null ),
	array( 'support_url', 'tel:988;x=1', null ),
	array( 'support_url', 'tel:988"', null ),
	array( 'support_url', 'mailto:help@clinic.example', null ),
	array( 'support_url', 'javascript:alert(1)', null ),
	array( 'support_url', '/help/', null ),
	array( 'support_url', 'http://988lifeline.org/', null ),
);

$passed = 0;
$failed = 0;
foreach ( $cases as $case ) {
	list( $name, $input, $expected ) = $case;

	$actual = call_user_func( 'momentum_valid_' . $name, $input );
	if ( $actual === $expected ) {
		++$passed;
		continue;
	}
	++$failed;
	fwrite( STDERR, sprintf( "FAIL %s(%s): expected %s, got %s\n", $name, var_export( $input, true ), var_export( $expected, true ), var_export( $actual, true ) ) );
}
echo "rules: $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
