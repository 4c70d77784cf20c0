<?php
/**
 * The editor script's dependencies: WordPress's own globals, so there is no build step.
 *
 * @package Momentum
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
