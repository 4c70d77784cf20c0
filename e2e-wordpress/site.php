<?php
/**
 * The test site from the command line, for scripts/wp-env.sh and the tests (e2e-wordpress/wp.mjs):
 *   php e2e-wordpress/site.php install        a fresh site, with one user of each role
 *   php e2e-wordpress/site.php version        WordPress's version
 *   php e2e-wordpress/site.php option NAME    an option as JSON (null when there is none)
 *   php e2e-wordpress/site.php set-option NAME JSON
 *   php e2e-wordpress/site.php activate momentum/momentum.php
 * HTTP_HOST and WORDPRESS_CONFIG come from the environment (Debian's wp-config.php reads them).
 *
 * @package Momentum
 */

// phpcs:disable WordPress.Security.EscapeOutput, WordPress.WP.AlternativeFunctions -- a command-line tool: it writes to a terminal.

const MOMENTUM_E2E_PASSWORD = 'momentum-e2e-password';
const MOMENTUM_E2E_ROLES    = array( 'administrator', 'editor', 'author', 'contributor' );

$command = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		// The site must not try to send mail: there is no mail server here.
		add_filter( 'pre_wp_mail', '__return_false' );
		wp_install( 'Momentum test clinic', 'administrator', 'administrator@example.invalid', false, '', MOMENTUM_E2E_PASSWORD );
		foreach ( MOMENTUM_E2E_ROLES as $momentum_role ) {
			$momentum_user = get_user_by( 'login', $momentum_role );
			$momentum_id   = $momentum_user ? $momentum_user->ID : wp_insert_user(
				array(
					'user_login' => $momentum_role,
					'user_pass'  => MOMENTUM_E2E_PASSWORD,
					'user_email' => $momentum_role . '@example.invalid',
					'role'       => $momentum_role,
				)
			);
			if ( is_wp_error( $momentum_id ) ) {
				fwrite( STDERR, $momentum_id->get_error_message() . "\n" );
				exit( 1 );
			}
			wp_update_user(
				array(
					'ID'           => $momentum_id,
					'display_name' => ucfirst( $momentum_role ),
				)
			);
			// The block editor's welcome guide would cover the editor in every test.
			update_user_meta(
				$momentum_id,
				$wpdb->get_blog_prefix() . 'persisted_preferences',
				array(
					'core/edit-post' => array( 'welcomeGuide' => false ),
					'_modified'      => gmdate( 'c' ),
				)
			);
		}
		// Pretty links, as clinics' sites have them: posts live far from the plugin's folder.
		$wp_rewrite->set_permalink_structure( '/%year%/%monthnum%/%postname%/' );
		flush_rewrite_rules( false );
		update_option( 'admin_email_lifespan', time() + YEAR_IN_SECONDS );
		break;
	case 'version':
		echo get_bloginfo( 'version' ) . "\n";
		break;
	case 'option':
		echo wp_json_encode( get_option( $argv[2], null ) ) . "\n";
		break;
	case 'activate':
		// For working on the tests by hand; the tests themselves install through the screens.
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$momentum_result = activate_plugin( $argv[2] );
		if ( is_wp_error( $momentum_result ) ) {
			fwrite( STDERR, $momentum_result->get_error_message() . "\n" );
			exit( 1 );
		}
		break;
	case 'set-option':
		update_option( $argv[2], json_decode( $argv[3], true ) );
		break;
	default:
		fwrite( STDERR, "usage: site.php install|version|option NAME|set-option NAME JSON|activate PLUGIN\n" );
		exit( 1 );
}
