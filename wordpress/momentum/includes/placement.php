<?php
/**
 * Placing the widget: the [momentum] shortcode and the Momentum block both print the same
 * element, with the site's defaults (Settings -> Momentum) under the placement's own values.
 *
 * @package Momentum
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every setting a placement can have: the shortcode's (and the block's) attribute name, mapped
 * to its rule, what it is called, and what to write instead when a value is refused.
 *
 * @return array<string, array{check: callable, label: string, rule: string}>
 */
function momentum_fields() {
	$site_link = __( 'use an https:// address, or a path on this site starting with /', 'momentum' );
	$short     = __( 'use 1 to 80 characters', 'momentum' );
	return array(
		'clinic_name'   => array(
			'check' => 'momentum_valid_clinic_name',
			'label' => __( 'Clinic name', 'momentum' ),
			'rule'  => $short,
		),
		'consult_url'   => array(
			'check' => 'momentum_valid_consult_url',
			'label' => __( 'Consultation link', 'momentum' ),
			'rule'  => $site_link,
		),
		'accent'        => array(
			'check' => 'momentum_valid_accent',
			'label' => __( 'Accent colour', 'momentum' ),
			'rule'  => __( 'use a colour written like #1d6b64 or #386', 'momentum' ),
		),
		'week_start'    => array(
			'check' => 'momentum_valid_week_start',
			'label' => __( 'Week starts on', 'momentum' ),
			'rule'  => __( 'use monday or sunday', 'momentum' ),
		),
		'support_text'  => array(
			'check' => 'momentum_valid_support_text',
			'label' => __( 'Support line text', 'momentum' ),
			'rule'  => $short,
		),
		'support_url'   => array(
			'check' => 'momentum_valid_support_url',
			'label' => __( 'Support line link', 'momentum' ),
			'rule'  => __( 'use tel: or sms: and a number, or an https:// address', 'momentum' ),
		),
		'lang'          => array(
			'check' => 'momentum_valid_lang',
			'label' => __( 'Language', 'momentum' ),
			'rule'  => __( 'use en or es', 'momentum' ),
		),
		'offline'       => array(
			'check' => 'momentum_valid_offline',
			'label' => __( 'Offline copy', 'momentum' ),
			'rule'  => __( 'use on or off', 'momentum' ),
		),
		'offline_scope' => array(
			'check' => 'momentum_valid_offline_scope',
			'label' => __( 'Offline scope', 'momentum' ),
			'rule'  => __( 'use a path on this site starting with /, such as /', 'momentum' ),
		),
		'storage_key'   => array(
			'check' => 'momentum_valid_storage_key',
			'label' => __( 'Storage key', 'momentum' ),
			'rule'  => __( 'use 1 to 64 letters, digits, - or _', 'momentum' ),
		),
	);
}

/**
 * The site's defaults from Settings -> Momentum, each checked again (the option could have been
 * written by something else than the settings page).
 *
 * @return array<string, string>
 */
function momentum_site_defaults() {
	$saved    = get_option( 'momentum_settings', array() );
	$defaults = array();
	if ( ! is_array( $saved ) ) {
		return $defaults;
	}
	$fields = momentum_fields();
	foreach ( momentum_setting_names() as $name ) {
		$value = isset( $saved[ $name ] ) ? call_user_func( $fields[ $name ]['check'], $saved[ $name ] ) : null;
		if ( null !== $value ) {
			$defaults[ $name ] = $value;
		}
	}
	return $defaults;
}

/**
 * Works out a placement's settings: each given value that passes its rule, else the site's
 * default, else nothing (the widget's own default).
 *
 * @param array $given Attribute name => what the author typed.
 * @return array{values: array<string, string>, refused: array<string, string>} The values to
 *               print, and for each refused attribute the rule it broke.
 */
function momentum_resolve( $given ) {
	$defaults = momentum_site_defaults();
	$values   = array();
	$refused  = array();
	foreach ( momentum_fields() as $name => $field ) {
		$typed = isset( $given[ $name ] ) ? $given[ $name ] : null;
		if ( null !== $typed && '' !== $typed ) {
			$value = call_user_func( $field['check'], $typed );
			if ( null !== $value ) {
				$values[ $name ] = $value;
				continue;
			}
			$refused[ $name ] = $field['rule'];
		}
		if ( isset( $defaults[ $name ] ) ) {
			$values[ $name ] = $defaults[ $name ];
		}
	}
	return array(
		'values'  => $values,
		'refused' => $refused,
	);
}

/**
 * The widget's element for one placement, and the loader queued for this page's footer.
 *
 * @param array  $given   Attribute name => what the author typed.
 * @param string $wrapper Extra attributes for the element, already escaped (the block's class).
 * @return string HTML.
 */
function momentum_placement( $given, $wrapper = '' ) {
	$resolved = momentum_resolve( $given );
	if ( momentum_is_editor_preview() ) {
		return momentum_editor_preview( $resolved );
	}
	wp_enqueue_script( 'momentum' );
	$html = '';
	if ( $resolved['refused'] ) {
		$post_id = get_the_ID();
		if ( $post_id && current_user_can( 'edit_post', $post_id ) ) {
			$html .= momentum_refused_note( $resolved['refused'], __( 'Momentum is using its defaults instead of these values. Only people who can edit this page see this note.', 'momentum' ) );
		}
	}
	$html .= '<div data-momentum';
	foreach ( $resolved['values'] as $name => $value ) {
		$html .= ' data-' . str_replace( '_', '-', $name ) . '="' . esc_attr( $value ) . '"';
	}
	$html .= ( '' === $wrapper ? '' : ' ' . $wrapper ) . '></div>';
	return $html;
}

/**
 * A note listing the refused values, for people who can edit the post (visitors never see it).
 *
 * @param array<string, string> $refused Attribute name => the rule it broke.
 * @param string                $intro   The sentence above the list.
 * @return string HTML.
 */
function momentum_refused_note( $refused, $intro ) {
	$fields = momentum_fields();
	$items  = '';
	foreach ( $refused as $name => $rule ) {
		/* translators: 1: the setting's name, 2: the shortcode attribute, 3: what to write instead. */
		$items .= '<li>' . esc_html( sprintf( __( '%1$s (%2$s) was ignored: %3$s.', 'momentum' ), $fields[ $name ]['label'], $name, $rule ) ) . '</li>';
	}
	return '<div class="momentum-refused" role="note"><p>' . esc_html( $intro ) . '</p><ul>' . $items . '</ul></div>';
}

/**
 * Whether this is the block editor asking for the block's preview (the block-renderer REST
 * route), where a plain box stands in for the widget.
 *
 * @return bool
 */
function momentum_is_editor_preview() {
	if ( ! defined( 'REST_REQUEST' ) || ! REST_REQUEST || empty( $GLOBALS['wp']->query_vars['rest_route'] ) ) {
		return false;
	}
	return 0 === strpos( $GLOBALS['wp']->query_vars['rest_route'], '/wp/v2/block-renderer/' );
}

/**
 * The block's box in the editor: what the widget will use, and any value it will ignore.
 *
 * @param array $resolved From momentum_resolve().
 * @return string HTML.
 */
function momentum_editor_preview( $resolved ) {
	$fields = momentum_fields();
	$html   = '<div class="momentum-preview"><p><strong>' . esc_html__( 'Momentum exercise plan', 'momentum' ) . '</strong></p><p>'
		. esc_html__( 'Visitors see their exercise plan here on the published page.', 'momentum' ) . '</p>';
	if ( $resolved['values'] ) {
		$html .= '<ul>';
		foreach ( $resolved['values'] as $name => $value ) {
			$html .= '<li>' . esc_html( $fields[ $name ]['label'] . ': ' . $value ) . '</li>';
		}
		$html .= '</ul>';
	}
	if ( $resolved['refused'] ) {
		$html .= momentum_refused_note( $resolved['refused'], __( 'The widget will use its defaults instead of these values:', 'momentum' ) );
	}
	return $html . '</div>';
}

/**
 * The [momentum] shortcode. Attributes: clinic_name, consult_url, accent, week_start,
 * support_text, support_url, lang, offline, offline_scope, storage_key.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string HTML.
 */
function momentum_shortcode( $atts ) {
	$known = array_fill_keys( array_keys( momentum_fields() ), null );
	return momentum_placement( shortcode_atts( $known, is_array( $atts ) ? $atts : array(), 'momentum' ) );
}

/**
 * The Momentum block (block/block.json): its attributes are the shortcode's.
 *
 * @param array $attributes The block's attributes.
 * @return string HTML.
 */
function momentum_render_block( $attributes ) {
	return momentum_placement( $attributes, get_block_wrapper_attributes() );
}
