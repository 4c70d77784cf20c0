<?php
/**
 * Deleting the plugin removes its one option (on every site of a network) and nothing else:
 * posts keep their blocks and shortcodes, and visitors' records stay in their own browsers.
 *
 * @package Momentum
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $momentum_site ) {
		switch_to_blog( $momentum_site );
		delete_option( 'momentum_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'momentum_settings' );
}
