<?php
/**
 * Plugin Name:       Momentum exercise plan
 * Description:       A gentle 12-week exercise plan your visitors keep in their own browser. Add it with the Momentum block or the [momentum] shortcode; set your clinic's defaults under Settings -> Momentum.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       momentum
 * Update URI:        false
 *
 * @package Momentum
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MOMENTUM_FILE', __FILE__ );

require_once __DIR__ . '/includes/rules.php';
require_once __DIR__ . '/includes/placement.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * Registers the loader, the shortcode and the block.
 */
function momentum_init() {
	// No version query on the loader: the offline copy knows the widget's files by their plain
	// address, and widget/.htaccess makes browsers revalidate them instead.
	// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	wp_register_script( 'momentum', plugins_url( 'widget/momentum.js', MOMENTUM_FILE ), array(), null, true );
	add_shortcode( 'momentum', 'momentum_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'momentum_render_block' ) );
}
add_action( 'init', 'momentum_init' );

/**
 * The loader is an ES module (it waits for the WebAssembly with a top-level await); WordPress 6.1
 * prints every script as a classic one, so its tag is written here.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function momentum_module_tag( $tag, $handle, $src ) {
	if ( 'momentum' !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script.
	return '<script type="module" src="' . esc_url( $src ) . '" id="momentum-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'momentum_module_tag', 10, 3 );

add_action( 'admin_menu', 'momentum_add_settings_page' );
add_action( 'admin_init', 'momentum_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'momentum_settings_link' );
